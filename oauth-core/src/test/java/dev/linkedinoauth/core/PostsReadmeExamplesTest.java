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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Every Java example in the README's "Post to LinkedIn" section compiles against this module as written. */
@Timeout(120)
class PostsReadmeExamplesTest {
    @TempDir
    Path out;

    @Test
    void thePostsSectionsJavaExamplesCompile() throws IOException {
        List<String> blocks = javaBlocks(section());
        assertThat(blocks).as("java examples in the posts section").hasSizeGreaterThanOrEqualTo(2);

        List<JavaFileObject> sources = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String name = "PostsReadmeExample" + i;
            // The examples use a token and an app's credentials from context; give them as parameters.
            String code = "import dev.linkedinoauth.core.*;\nimport java.net.URI;\nimport java.util.*;\n"
                    + "class " + name + " {\n  void run(String accessToken, String id, String secret) throws Exception {\n"
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

    private static String section() throws IOException {
        Path here = Paths.get("").toAbsolutePath();
        Path readme = Files.exists(here.resolve("README.md")) && Files.exists(here.resolve("oauth-core"))
                ? here.resolve("README.md") : here.resolveSibling("README.md");
        String text = Files.readString(readme);
        int start = text.indexOf("<!-- section:posts -->");
        int end = text.indexOf("<!-- /section:posts -->");
        assertThat(start).as("posts section markers").isNotNegative();
        return text.substring(start, end);
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
