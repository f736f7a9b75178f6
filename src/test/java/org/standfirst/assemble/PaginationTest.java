package org.standfirst.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaginationTest {
    @ParameterizedTest(name = "{0} items of {1} → {2} pages")
    @CsvSource({"0,20,1", "1,20,1", "19,20,1", "20,20,1", "21,20,2", "40,20,2", "41,20,3", "5,1,5"})
    void countsPagesWithoutAnEmptyLastPage(int items, int size, int pages) {
        assertThat(Pagination.pageCount(items, size)).isEqualTo(pages);
    }

    @Test
    void slicesPagesAndRefusesPagesBeyondTheEnd() {
        List<Integer> items = IntStream.rangeClosed(1, 7).boxed().toList();
        assertThat(Pagination.page(items, 3, 1)).containsExactly(1, 2, 3);
        assertThat(Pagination.page(items, 3, 3)).containsExactly(7);
        assertThatThrownBy(() -> Pagination.page(items, 3, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(Pagination.page(List.of(), 3, 1)).isEmpty();
    }

    @Test
    void pagePathsStartAtTheListingAndContinueUnderPage() {
        assertThat(SitePaths.page("regions/iraq/", 1)).isEqualTo("regions/iraq/");
        assertThat(SitePaths.page("regions/iraq/", 2)).isEqualTo("regions/iraq/page/2/");
        assertThat(SitePaths.file("regions/iraq/page/2/")).isEqualTo("regions/iraq/page/2/index.html");
        assertThat(SitePaths.file("")).isEqualTo("index.html");
        assertThat(SitePaths.file("404.html")).isEqualTo("404.html");
    }
}
