package org.standfirst.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launcher scripts of the distribution find Java and hand every argument to JarLauncher, which
 * chooses the JVM options (with picocli) as it does for {@code java -jar}: the scripts read no argument
 * and carry no option set of their own. (DistributionIT runs bin/standfirst itself, after `mvn package`.)
 */
class LauncherScriptsTest {
    @ParameterizedTest
    @ValueSource(strings = {"src/main/dist/bin/standfirst", "src/main/dist/bin/standfirst.cmd"})
    void theScriptsLeaveTheChoiceOfOptionsToJarLauncher(String script) throws IOException {
        String text = Files.readString(Path.of(script));
        for (List<String> set : List.of(JarLauncher.COMPILER, JarLauncher.COLLECTOR, JarLauncher.QUICK_COMPILER,
                JarLauncher.QUICK_COLLECTOR)) {
            assertThat(text).doesNotContain(String.join(" ", set));
        }
        assertThat(text).doesNotContain("-D" + JarLauncher.LAUNCHED + "=").doesNotContain("--output")
                .contains("org.standfirst.cli.JarLauncher").contains("JAVA_HOME").contains("JAVA_OPTS")
                .contains("STANDFIRST_OPTS").contains("Java 17 or later");
    }
}
