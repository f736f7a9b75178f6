package org.standfirst.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launcher scripts of the distribution find Java, start it with a rebuild's options (the ones
 * JarLauncher would choose for one, named again in {@value JarLauncher#PRESET}) and hand every argument
 * to JarLauncher, which reads them with picocli: the scripts read no argument. (DistributionIT runs
 * bin/standfirst itself, after `mvn package`.)
 */
class LauncherScriptsTest {
    @ParameterizedTest
    @ValueSource(strings = {"src/main/dist/bin/standfirst", "src/main/dist/bin/standfirst.cmd"})
    void theScriptsStartJavaWithTheRebuildsOptionsAndReadNoArgument(String script) throws IOException {
        String text = Files.readString(Path.of(script));
        List<String> rebuild = new ArrayList<>(JarLauncher.Run.REBUILD.compiler);
        rebuild.addAll(JarLauncher.Run.REBUILD.collector);
        assertThat(text).contains(String.join(" ", rebuild)).contains("-D" + JarLauncher.PRESET + "=")
                .contains(String.join(" ", JarLauncher.Run.REBUILD.compiler) + "\"");
        for (List<String> set : List.of(JarLauncher.COMPILER, JarLauncher.COLLECTOR)) {
            assertThat(text).doesNotContain(String.join(" ", set));
        }
        // The build cache's class-data archive in the folder the script starts in, mapped just before the preset
        // (JarLauncher.withoutPreset leaves it out of a second JVM).
        assertThat(text).contains(".standfirst-cache").contains("jvm").contains("*.jsa").contains("-XX:SharedArchiveFile=")
                .contains("-Xlog:cds*=off")
                .containsPattern("(-Xlog:cds\\*=off\"\\} \\$preset|%SHARING% %PRESET%) ");
        assertThat(text).doesNotContain("-D" + JarLauncher.LAUNCHED + "=").doesNotContain("--output")
                .contains("org.standfirst.cli.JarLauncher").contains("JAVA_HOME").contains("JAVA_OPTS")
                .contains("STANDFIRST_OPTS").contains("Java 17 or later");
    }
}
