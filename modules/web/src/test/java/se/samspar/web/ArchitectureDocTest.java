package se.samspar.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md against the code, so the document cannot drift unnoticed: its module map (§2) and module
 * parts (§3) against the folders under modules/ with a pom.xml, its web package table (§3) against the packages of
 * the web module, its event table (§4) against the event records of the modules' api packages and the events the
 * code fires ({@code Event<X>} injection points), its tables (§2) against the CREATE TABLE statements of each
 * module's migrations, and its list of migrations (§6) against the scripts. Each failure says what to add or remove
 * where. No container, no build output: it reads the source tree.
 */
class ArchitectureDocTest {
    private static final String DOC = "docs/architecture.md";
    private static Path root;
    private static Map<String, String> sections;

    @BeforeAll
    static void readTheDocument() throws IOException {
        root = repositoryRoot();
        sections = sections(Files.readString(root.resolve(DOC)));
    }

    // ---------------------------------------------------------------------------------------
    // Modules

    @Test
    void theModuleMapNamesExactlyTheModules() {
        Set<String> inCode = modules();
        Set<String> inMap = new TreeSet<>(tableColumn(section("2."), 0));
        List<String> problems = new ArrayList<>();
        for (String module : difference(inCode, inMap)) {
            problems.add("module modules/" + module + " (it has a pom.xml) is missing from " + DOC + " §2 'Module map':"
                    + " add a row | " + module + " | owns | tables (or none) | published API | events |, a part"
                    + " **" + module + "** (`se.samspar." + module + "`) in §3, its arrows in §1's dependency"
                    + " graph, and its row in the README's module table");
        }
        for (String module : difference(inMap, inCode)) {
            problems.add(DOC + " §2 'Module map' names module '" + module + "', but there is no modules/" + module
                    + "/pom.xml: remove the row (and its part in §3) or fix the name");
        }
        assertNone(problems);
    }

    @Test
    void eachModuleIsDescribedOnceInSectionThree() {
        Matcher m = Pattern.compile("(?m)^\\*\\*([a-z]+)\\*\\* \\(`se\\.samspar\\.").matcher(section("3."));
        Map<String, Integer> parts = new TreeMap<>();
        while (m.find()) {
            parts.merge(m.group(1), 1, Integer::sum);
        }
        List<String> problems = new ArrayList<>();
        for (String module : modules()) {
            int n = parts.getOrDefault(module, 0);
            if (n != 1) {
                problems.add(DOC + " §3 'Modules' describes module " + module + " " + n + " times: it needs exactly"
                        + " one part starting **" + module + "** (`se.samspar." + module + "`)");
            }
        }
        for (String named : difference(parts.keySet(), modules())) {
            problems.add(DOC + " §3 'Modules' has a part for '" + named + "', which is no module under modules/");
        }
        assertNone(problems);
    }

    // ---------------------------------------------------------------------------------------
    // Web packages

    @Test
    void theWebPackageTableNamesExactlyTheWebPackages() throws IOException {
        Path web = root.resolve("modules/web/src/main/java/se/samspar/web");
        Set<String> inCode;
        try (Stream<Path> children = Files.list(web)) {
            inCode = children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        String webPart = section("3.").substring(section("3.").indexOf("**web**"));
        Set<String> inTable = tableColumn(webPart, 0).stream().map(ArchitectureDocTest::unquote)
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> problems = new ArrayList<>();
        for (String p : difference(inCode, inTable)) {
            problems.add("package se.samspar.web." + p + " is missing from the web package table in " + DOC
                    + " §3: add a row | `" + p + "` | feature, shared or start-up | the classes it holds |"
                    + " (and name it in §5's feature rule and in ArchitectureTest)");
        }
        for (String p : difference(inTable, inCode)) {
            problems.add(DOC + " §3's web package table names `" + p + "`, but there is no package"
                    + " se.samspar.web." + p + ": remove the row or fix the name");
        }
        assertNone(problems);
    }

    // ---------------------------------------------------------------------------------------
    // Events

    @Test
    void theEventTableNamesExactlyTheEventsTheCodeFires() throws IOException {
        Map<String, String> inTable = new TreeMap<>(); // record (without an outer class) -> module
        for (List<String> row : tableRows(section("4."))) {
            inTable.put(simpleName(unquote(row.get(1))), row.get(0).strip());
        }
        Map<String, String> records = eventRecordsOfTheApiPackages();
        Set<String> fired = firedEvents();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : inTable.entrySet()) {
            String module = records.get(e.getKey());
            if (module == null) {
                problems.add(DOC + " §4 'Events' names `" + e.getKey() + "`, but no module's api package declares"
                        + " such a record: remove the row or fix the name");
            } else if (!module.equals(e.getValue())) {
                problems.add(DOC + " §4 'Events' puts `" + e.getKey() + "` in module " + e.getValue()
                        + ", but it is declared in " + module + "'s api package");
            }
        }
        for (String event : fired) {
            if (!inTable.containsKey(event)) {
                problems.add("the code fires " + event + " (an Event<" + event + "> injection point), but " + DOC
                        + " §4 'Events' has no row for it: add | " + records.getOrDefault(event, "module") + " | `"
                        + event + "` | fields | fired when | observed by |");
            }
        }
        for (String event : difference(records.keySet(), fired)) {
            if (inTable.containsKey(event)) {
                problems.add(DOC + " §4 'Events' lists `" + event + "`, but nothing fires it (no Event<" + event
                        + "> injection point)");
            }
        }
        assertNone(problems);
    }

    // ---------------------------------------------------------------------------------------
    // Tables and migrations

    @Test
    void theModuleMapNamesExactlyTheTablesOfEachModulesMigrations() throws IOException {
        Map<String, Set<String>> inDoc = new TreeMap<>();
        for (List<String> row : tableRows(section("2."))) {
            Matcher m = Pattern.compile("`([A-Z][A-Z0-9_]*)`").matcher(row.get(2));
            Set<String> tables = new TreeSet<>();
            while (m.find()) {
                if (m.group(1).contains("_")) {
                    tables.add(m.group(1));
                }
            }
            inDoc.put(row.get(0).strip(), tables);
        }
        List<String> problems = new ArrayList<>();
        Pattern create = Pattern.compile("(?i)CREATE\\s+TABLE\\s+([A-Z0-9_]+)");
        for (String module : modules()) {
            Set<String> created = new TreeSet<>();
            for (Path script : migrations(module)) {
                Matcher m = create.matcher(Files.readString(script));
                while (m.find()) {
                    created.add(m.group(1).toUpperCase());
                }
            }
            Set<String> documented = inDoc.getOrDefault(module, Set.of());
            for (String table : difference(created, documented)) {
                problems.add("table " + table + " (created by module " + module + "'s migrations) is missing from "
                        + DOC + " §2 'Module map', column 'tables' of " + module + ": add `" + table + "`");
            }
            for (String table : difference(documented, created)) {
                problems.add(DOC + " §2 'Module map' gives module " + module + " the table " + table
                        + ", which none of its migrations creates");
            }
        }
        assertNone(problems);
    }

    @Test
    void theMigrationListNamesExactlyTheScripts() throws IOException {
        Set<String> scripts = new TreeSet<>();
        for (String module : modules()) {
            migrations(module).forEach(p -> scripts.add(p.getFileName().toString().replaceFirst("\\.sql$", "")));
        }
        Matcher m = Pattern.compile("`(V\\d{8}_\\d{2}_\\d{2}__[a-z0-9_]+)`").matcher(section("6."));
        Set<String> listed = new TreeSet<>();
        while (m.find()) {
            listed.add(m.group(1));
        }
        List<String> problems = new ArrayList<>();
        difference(scripts, listed).forEach(s -> problems.add("migration " + s + " is missing from " + DOC
                + " §6's list 'Present today': add `" + s + "`"));
        difference(listed, scripts).forEach(s -> problems.add(DOC + " §6 lists migration " + s
                + ", but no module has that script"));
        assertNone(problems);
    }

    // ---------------------------------------------------------------------------------------
    // The code

    /** The folders under modules/ with a pom.xml. */
    private static Set<String> modules() {
        try (Stream<Path> children = Files.list(root.resolve("modules"))) {
            return children.filter(p -> Files.isRegularFile(p.resolve("pom.xml")))
                    .map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> migrations(String module) throws IOException {
        Path resources = root.resolve("modules").resolve(module).resolve("src/main/resources");
        if (!Files.isDirectory(resources)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(resources)) {
            return files.filter(p -> p.getFileName().toString().matches("V.+__.+\\.sql")).sorted().toList();
        }
    }

    private static List<Path> mainSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String module : modules()) {
            Path java = root.resolve("modules").resolve(module).resolve("src/main/java");
            if (Files.isDirectory(java)) {
                try (Stream<Path> files = Files.walk(java)) {
                    files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
                }
            }
        }
        return sources;
    }

    /**
     * The records of the modules' api packages that are named as events are: {@code *Changed}, {@code *Reported},
     * {@code *Renewed}, {@code *Activated}, {@code *Attempted}, {@code *Ready}, {@code *Taken} — top-level or nested — by module.
     */
    private static Map<String, String> eventRecordsOfTheApiPackages() throws IOException {
        Pattern record = Pattern.compile("\\brecord\\s+(\\w+(?:Changed|Reported|Renewed|Activated|Attempted|Ready|Taken))\\s*\\(");
        Map<String, String> records = new TreeMap<>();
        for (Path source : mainSources()) {
            Path relative = root.resolve("modules").relativize(source);
            String module = relative.getName(0).toString();
            if (source.getParent().getFileName().toString().equals("api")) {
                Matcher m = record.matcher(Files.readString(source));
                while (m.find()) {
                    records.put(m.group(1), module);
                }
            }
        }
        return records;
    }

    /** The X of every {@code Event<X>} in the main sources: the events the code fires. */
    private static Set<String> firedEvents() throws IOException {
        Pattern event = Pattern.compile("\\bEvent<([\\w.]+)>");
        Set<String> fired = new TreeSet<>();
        for (Path source : mainSources()) {
            Matcher m = event.matcher(Files.readString(source));
            while (m.find()) {
                fired.add(simpleName(m.group(1)));
            }
        }
        return fired;
    }

    /** The folder above the working directory (the module's, under Maven) that has modules/ and docs/. */
    private static Path repositoryRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("modules")) && Files.isRegularFile(dir.resolve(DOC))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root (with modules/ and " + DOC + ") above " + start);
    }

    // ---------------------------------------------------------------------------------------
    // The document

    /** The document's sections by their heading, e.g. "2. Module map". */
    private static Map<String, String> sections(String markdown) {
        Map<String, String> out = new TreeMap<>();
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("## ")) {
                if (heading != null) {
                    out.put(heading, body.toString());
                }
                heading = line.substring(3).strip();
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        if (heading != null) {
            out.put(heading, body.toString());
        }
        return out;
    }

    /** The section whose heading starts with the number, e.g. "4." for "4. Events". */
    private static String section(String number) {
        return sections.entrySet().stream().filter(e -> e.getKey().startsWith(number + " ")).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError(DOC + " has no section '## " + number
                        + " …' any more; this test reads it (headings: " + sections.keySet() + ")"));
    }

    /** The cells of the first Markdown table in the text, without its header and separator rows. */
    private static List<List<String>> tableRows(String text) {
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        int line = 0;
        for (String l : text.split("\n")) {
            if (l.startsWith("|")) {
                inTable = true;
                line++;
                if (line > 2) {
                    List<String> cells = new ArrayList<>();
                    for (String cell : l.substring(1, l.lastIndexOf('|')).split("\\|", -1)) {
                        cells.add(cell.strip());
                    }
                    rows.add(cells);
                }
            } else if (inTable) {
                break;
            }
        }
        return rows;
    }

    private static List<String> tableColumn(String text, int column) {
        return tableRows(text).stream().map(r -> r.get(column)).toList();
    }

    private static String unquote(String cell) {
        return cell.replace("`", "").strip();
    }

    private static String simpleName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static void assertNone(List<String> problems) {
        assertTrue(problems.isEmpty(), () -> DOC + " is out of date (" + problems.size() + "):\n- "
                + String.join("\n- ", problems));
    }
}
