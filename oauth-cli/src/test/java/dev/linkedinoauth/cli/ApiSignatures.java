package dev.linkedinoauth.cli;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of a module as text: every public or protected class, field, constructor and method of
 * its exported packages, read by reflection from the compiled classes, one line each, sorted, so that the
 * committed {@code api/oauth-cli.api} changes exactly when a public signature does. (Copied in each module's
 * tests, as OkHttp's API files are checked per module.)
 */
final class ApiSignatures {
    private ApiSignatures() {
    }

    /** The API of the classes under {@code classesDir} in exactly these packages (not their subpackages). */
    static String of(Path classesDir, Set<String> exportedPackages) throws IOException {
        List<String> classNames;
        try (Stream<Path> files = Files.walk(classesDir)) {
            classNames = files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classesDir.relativize(f).toString().replace('\\', '/'))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .filter(name -> !name.endsWith("package-info") && !name.endsWith("module-info"))
                    .filter(name -> exportedPackages.contains(name.substring(0, name.lastIndexOf('.'))))
                    .sorted().toList();
        }
        StringBuilder api = new StringBuilder();
        for (String name : classNames) {
            Class<?> type;
            try {
                type = Class.forName(name, false, ApiSignatures.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("compiled but not loadable: " + name, e);
            }
            if (!visible(type)) {
                continue;
            }
            api.append(header(type)).append('\n');
            List<String> members = new ArrayList<>();
            for (Field field : type.getDeclaredFields()) {
                if (shown(field) && !field.isSynthetic()) {
                    members.add(strip(field.toGenericString(), type));
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (shown(constructor) && !constructor.isSynthetic()) {
                    members.add(strip(constructor.toGenericString(), type));
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                if (shown(method) && !method.isSynthetic() && !method.isBridge()) {
                    members.add(strip(method.toGenericString(), type));
                }
            }
            members.stream().sorted().forEach(m -> api.append("  ").append(m).append('\n'));
        }
        return api.toString();
    }

    /** Public or protected, and so is every class around it; never anonymous or local. */
    private static boolean visible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()
                    || !(Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean shown(Member member) {
        return Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers());
    }

    private static String header(Class<?> type) {
        StringBuilder line = new StringBuilder(type.toGenericString());
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && superclass != Record.class
                && !(type.isEnum() && superclass.getTypeName().startsWith("java.lang.Enum"))) {
            line.append(" extends ").append(superclass.getTypeName());
        }
        Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0 && !type.isAnnotation()) {
            line.append(type.isInterface() ? " extends " : " implements ")
                    .append(Arrays.stream(interfaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
        }
        return line.toString();
    }

    /** {@code public void dev.x.Foo.bar(int)} reads {@code public void bar(int)}: the class is on the line above. */
    private static String strip(String signature, Class<?> type) {
        return signature.replace(type.getTypeName() + ".", "").replace(type.getName() + ".", "");
    }

    /**
     * Compares the module's API with the committed file; with {@code -Dapi.update=true} rewrites the file instead.
     *
     * @return null when they agree (or the file was rewritten), else the failure message
     */
    static String check(Path apiFile, String actual) throws IOException {
        if (Boolean.getBoolean("api.update")) {
            Files.createDirectories(apiFile.getParent());
            Files.writeString(apiFile, actual, StandardCharsets.UTF_8);
            return null;
        }
        String committed = Files.exists(apiFile) ? Files.readString(apiFile, StandardCharsets.UTF_8) : "";
        if (committed.equals(actual)) {
            return null;
        }
        List<String> was = committed.lines().toList();
        List<String> now = actual.lines().toList();
        String removed = was.stream().filter(l -> !now.contains(l)).map(l -> "- " + l).collect(Collectors.joining("\n"));
        String added = now.stream().filter(l -> !was.contains(l)).map(l -> "+ " + l).collect(Collectors.joining("\n"));
        return "The public API differs from " + apiFile + " (a changed public signature is a change for every user).\n"
                + removed + (removed.isEmpty() ? "" : "\n") + added + "\n"
                + "If the change is intended, rewrite the file with: ./mvnw -pl oauth-cli -am test -Dtest=PublicApiTest "
                + "-Dsurefire.failIfNoSpecifiedTests=false -Dapi.update=true, and commit it.";
    }
}
