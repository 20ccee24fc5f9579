package dev.linkedinoauth.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java example of the library's manual ({@code oauth-core/README.md}), of the posting page
 * ({@code docs/posting.md}) and of the landing page's library section compiles against this module as written.
 */
@Timeout(120)
class ReadmeExamplesTest {
    @TempDir
    Path out;

    @Test
    void theCoreSectionsJavaExamplesCompile() throws IOException {
        List<String> blocks = javaBlocks(section("oauth-core/README.md", "core"));
        assertThat(blocks).as("java examples in the core section").hasSizeGreaterThanOrEqualTo(2);
        // Later examples use the first one's `result`; give it to them as a parameter.
        assertCompiles("CoreExample", blocks,
                i -> blocks.get(i).contains("LoginResult result =") ? "" : "LoginResult result");
    }

    @Test
    void thePostsSectionsJavaExamplesCompile() throws IOException {
        List<String> blocks = javaBlocks(section("docs/posting.md", "posts"));
        assertThat(blocks).as("java examples in the posts section").hasSizeGreaterThanOrEqualTo(2);
        // The examples use a token and an app's credentials from context; give them as parameters.
        assertCompiles("PostsExample", blocks, i -> "String accessToken, String id, String secret");
    }

    @Test
    void theLandingPagesLibraryExampleCompiles() throws IOException {
        String readme = Files.readString(repositoryFile("README.md"));
        List<String> blocks = javaBlocks(readme.substring(readme.indexOf("## The library")));
        assertThat(blocks).as("the landing page's library example").isNotEmpty();
        assertCompiles("LandingExample", blocks.subList(0, 1), i -> "");
    }

    /** Compiles each block as the body of {@code void run(PARAMETERS)} in a class of its own. */
    private void assertCompiles(String prefix, List<String> blocks, IntFunction<String> parameters) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String name = prefix + i;
            String code = "import dev.linkedinoauth.core.*;\nimport java.net.URI;\nimport java.util.*;\n"
                    + "class " + name + " {\n  void run(" + parameters.apply(i) + ") throws Exception {\n"
                    + blocks.get(i) + "\n  }\n}\n";
            sources.add(new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return code;
                }
            });
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean ok = compiler.getTask(diagnostics, null, null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(), "-proc:none"),
                null, sources).call();
        assertThat(ok).as("README examples compile:%n%s", diagnostics).isTrue();
    }

    private static String section(String file, String name) throws IOException {
        String readme = Files.readString(repositoryFile(file));
        int start = readme.indexOf("<!-- section:" + name + " -->");
        int end = readme.indexOf("<!-- /section:" + name + " -->");
        assertThat(start).as(name + " section markers").isNotNegative();
        return readme.substring(start, end);
    }

    /** A file by its path from the repository root, whether the tests run from there or from oauth-core. */
    private static Path repositoryFile(String path) {
        Path here = Paths.get("").toAbsolutePath();
        Path root = Files.exists(here.resolve("oauth-core")) ? here : here.getParent();
        return root.resolve(path);
    }

    private static List<String> javaBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }
}
