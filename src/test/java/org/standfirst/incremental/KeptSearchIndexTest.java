package org.standfirst.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.search.AnalysedPiece;
import org.standfirst.search.PieceText;
import org.standfirst.search.SearchMemo;

class KeptSearchIndexTest {
    @TempDir
    Path dir;

    @Test
    void anAnalysisKeptIsTheAnalysisRecalledInAnotherBuild() {
        AnalysedPiece piece = AnalysedPiece.of(new PieceText("fr", "L'économie des sanctions",
                "Les sanctions pèsent sur l'économie.", "Pétrole\nQu'il",
                "Des sanctions, encore des sanctions. " + "mot ".repeat(3_000) + "😀 \ud800 fin", "Amara Abara\nGolfe"));
        SearchMemo.Input input = new SearchMemo.Input(3, "fr", "t", "s", "digest", "", "", List.of());
        List<String> notices = new ArrayList<>();
        KeptSearchIndex first = new KeptSearchIndex(BuildCache.open(dir.resolve("cache"), "code", false, notices::add));
        String key = first.key(input);
        first.remember(key, input, "digest", piece);

        KeptSearchIndex next = new KeptSearchIndex(BuildCache.open(dir.resolve("cache"), "code", false, notices::add));
        assertThat(next.recall(key)).contains(piece);
        assertThat(piece.words()).isNotEmpty();
        assertThat(piece.stems()).anySatisfy(stem -> assertThat(stem.positions().length()).isGreaterThan(3_000));
    }
}
