package org.standfirst.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hashing of a key's bytes, long keys included (those hashed a part at a time). */
class CacheKeyTest {
    /** Longer than the part a key is hashed in, several times over. */
    private static final int LONG = 300_000;

    @Test
    void aKeyIsThirtyTwoHexDigitsAndTheSameForTheSameBytes() {
        String key = CacheKey.of("page").text("regions/gulf/").number(3).hex();
        assertThat(key).matches("[0-9a-f]{" + CacheKey.HEX_LENGTH + "}").hasSize(32)
                .isEqualTo(CacheKey.of("page").text("regions/gulf/").number(3).hex());
        assertThat(CacheKey.of("page").text("regions/gulf/").number(3).digest()).hasSize(16);
    }

    @Test
    void textsAndKindsCarryTheirLengthSoTheyNeverRunIntoEachOther() {
        assertThat(CacheKey.of("ab").text("c").hex()).isNotEqualTo(CacheKey.of("a").text("bc").hex());
        assertThat(CacheKey.of("k").texts(List.of("a", "b")).hex()).isNotEqualTo(CacheKey.of("k").texts(List.of("ab")).hex());
    }

    @Test
    void aLongKeyChangesWithAnyOneOfItsBytesBeforeInAndAfterEveryPart() {
        byte[] bytes = new byte[LONG];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 31);
        String whole = CacheKey.of("long").bytes(bytes).hex();
        Set<String> keys = new HashSet<>(List.of(whole));
        for (int at : List.of(0, 1, (1 << 16) - 9, (1 << 16) - 8, 1 << 16, (1 << 16) + 1, 200_000, LONG - 1)) {
            byte[] changed = bytes.clone();
            changed[at] ^= 1;
            keys.add(CacheKey.of("long").bytes(changed).hex());
        }
        assertThat(keys).as("one key per changed byte, and the original's").hasSize(9);
        assertThat(CacheKey.of("long").bytes(bytes.clone()).hex()).isEqualTo(whole);
    }
}
