package org.standfirst.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.standfirst.model.Param;
import org.standfirst.model.Article;
import org.standfirst.model.Author;
import org.standfirst.model.Region;
import org.standfirst.model.SiteConfig;
import org.standfirst.model.Topic;
import org.standfirst.render.BodyMemo;
import org.standfirst.render.Sitemap;
import org.standfirst.render.view.SiteView;
import org.standfirst.search.SearchMemo;

/**
 * Changing any field of any record that feeds a cache key changes the key: otherwise a build would
 * reuse a page, body or article made from other input. The cases are found by reflection, so a
 * component added to one of these records (or to a record nested in one) is covered without touching
 * this test; a component of a type the sample maker does not know fails loudly in {@link #sample}.
 */
class CacheKeysTest {
    /**
     * The records the build cache passes to {@link CacheKey#record}: the site's settings and view and
     * the profiles (PageKeys), the article (ValidatedArticles' digest, which PageKeys keys pieces by),
     * a body's input (RenderedBodies), the sitemap's URLs (PageKeys), and a piece's analysis, result
     * fragment and fragment part (KeptSearchIndex). Records nested in them are reached by recursion.
     */
    static final List<Class<? extends Record>> KEYED = List.of(Article.class, Author.class, Region.class, Topic.class,
            SiteConfig.class, SiteView.class, BodyMemo.Input.class, Sitemap.Url.class, SearchMemo.Input.class,
            SearchMemo.Fragment.class, SearchMemo.Fragments.class);

    /** Sets, which no keyed record has yet but RecordCodec encodes, and maps that keep their iteration order as given. */
    record Tagged(String name, Set<String> tags, Set<Topic> topics, Map<String, Topic> byId) {
    }

    // ---------------------------------------------------------------------------------------------
    // The tests

    static Stream<Arguments> everyPlace() {
        return Stream.concat(KEYED.stream(), Stream.of(Tagged.class))
                .flatMap(type -> places(type).stream().map(place -> Arguments.of(type, place)));
    }

    static Stream<Arguments> everyList() {
        return everyPlace().filter(arguments -> isList(((Place) arguments.get()[1]).type()));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyPlace")
    void everyComponentOfEveryKeyedRecordChangesItsKey(Class<? extends Record> type, Place place) {
        Record sample = sampleOf(type);
        String sampleKey = key(sample);
        Object current = place.get(sample);
        List<String> refused = new ArrayList<>();
        int changes = 0;
        SoftAssertions softly = new SoftAssertions();
        for (Change change : changes(place.type(), current)) {
            Record changed;
            try {
                changed = (Record) place.with(sample, change.value());
            } catch (Refused e) {
                refused.add(change.what() + " (" + e.getCause() + ")");
                continue; // not a value the record can hold: no key is ever made of it
            }
            if (changed.equals(sample)) {
                refused.add(change.what() + " (normalised back to the sample)");
                continue;
            }
            changes++;
            softly.assertThat(key(changed))
                    .as("%s %s: the record differs, so its key must differ", place, change.what())
                    .isNotEqualTo(sampleKey);
            if (changed instanceof Article article) {
                String before = ValidatedArticles.digested((Article) sample).digest();
                String after = ValidatedArticles.digested(article).digest();
                if (place.isTopLevel("digest")) {
                    softly.assertThat(after)
                            .as("%s %s: digested() must ignore the digest it replaces", place, change.what())
                            .isEqualTo(before);
                } else {
                    softly.assertThat(after)
                            .as("%s %s: ValidatedArticles.digested(...).digest() must change", place, change.what())
                            .isNotEqualTo(before);
                }
            }
        }
        softly.assertThat(changes)
                .as("%s: no change gave a valid, different %s; refused: %s", place, name(type), refused)
                .isPositive();
        List<AssertionError> errors = softly.assertionErrorsCollected();
        if (!errors.isEmpty()) { // the place first, so the one-line summary of the failure names it
            throw new AssertionError(place + ": " + errors.size() + " failure(s)\n"
                    + errors.stream().map(Throwable::getMessage).collect(Collectors.joining("\n")));
        }
    }

    /** A list says things in an order (authors in a byline, links in a menu): the same elements in another order are another key. */
    @ParameterizedTest(name = "{1}")
    @MethodSource("everyList")
    void everyListsOrderIsPartOfItsKey(Class<? extends Record> type, Place place) {
        Type element = ((ParameterizedType) place.type()).getActualTypeArguments()[0];
        Object first = sample(element, 0);
        Object second = sample(element, 1);
        assertThat(second).as("two different samples of %s", element.getTypeName()).isNotEqualTo(first);
        Record sample = sampleOf(type);
        Record forwards = (Record) place.with(sample, List.of(first, second));
        Record backwards = (Record) place.with(sample, List.of(second, first));
        assertThat(key(backwards)).as("%s in the other order", place).isNotEqualTo(key(forwards));
    }

    @Test
    void aSiteConfigsKeyIsTheSameWhateverOrderItsSchemaTypesWereAddedIn() {
        List<String> types = List.of("report", "commentary", "briefing", "paper", "interview", "podcast");
        Map<String, String> forwards = new LinkedHashMap<>();
        types.forEach(t -> forwards.put(t, t.toUpperCase()));
        Map<String, String> backwards = new LinkedHashMap<>();
        reversed(types).forEach(t -> backwards.put(t, t.toUpperCase()));

        List<String> keys = Stream.of(forwards, backwards, Map.copyOf(forwards), Map.copyOf(backwards),
                        new TreeMap<>(backwards), new HashMap<>(forwards))
                .map(schemaTypes -> key(config(schemaTypes))).toList();

        assertThat(keys).as("SiteConfig.schemaTypes in six orders").containsOnly(keys.get(0));
        Map<String, String> fewer = new LinkedHashMap<>(forwards);
        fewer.remove("podcast");
        assertThat(key(config(fewer))).as("SiteConfig.schemaTypes without an entry").isNotEqualTo(keys.get(0));
    }

    /**
     * SiteConfig copies its map with Map.copyOf, which lays it out by hash, so to see the codec ignore
     * iteration order itself, a record that keeps its collections as given: the orders really differ.
     */
    @Test
    void setsAndMapsGiveOneKeyWhateverTheirIterationOrder() {
        List<String> names = List.of("iraq", "syria", "yemen", "libya", "sudan", "oman", "qatar");
        Set<String> tagsForwards = new LinkedHashSet<>(names);
        Set<String> tagsBackwards = new LinkedHashSet<>(reversed(names));
        Set<Topic> topicsForwards = new LinkedHashSet<>();
        Map<String, Topic> byIdForwards = new LinkedHashMap<>();
        for (String name : names) {
            topicsForwards.add(new Topic(name, name.toUpperCase()));
            byIdForwards.put(name, new Topic(name, name.toUpperCase()));
        }
        Set<Topic> topicsBackwards = new LinkedHashSet<>(reversed(List.copyOf(topicsForwards)));
        Map<String, Topic> byIdBackwards = new LinkedHashMap<>();
        reversed(List.copyOf(byIdForwards.entrySet())).forEach(e -> byIdBackwards.put(e.getKey(), e.getValue()));
        assertThat(List.copyOf(tagsBackwards)).as("precondition: another iteration order").isNotEqualTo(List.copyOf(tagsForwards));
        assertThat(List.copyOf(byIdBackwards.keySet())).as("precondition: another iteration order")
                .isNotEqualTo(List.copyOf(byIdForwards.keySet()));

        List<String> keys = List.of(
                key(new Tagged("t", tagsForwards, topicsForwards, byIdForwards)),
                key(new Tagged("t", tagsBackwards, topicsBackwards, byIdBackwards)),
                key(new Tagged("t", Set.copyOf(tagsBackwards), Set.copyOf(topicsForwards), Map.copyOf(byIdBackwards))),
                key(new Tagged("t", new TreeSet<>(tagsBackwards), new HashSet<>(topicsBackwards), new TreeMap<>(byIdBackwards))),
                key(new Tagged("t", new HashSet<>(tagsForwards), new LinkedHashSet<>(topicsBackwards), new HashMap<>(byIdForwards))));

        assertThat(keys).as("Tagged with its sets and map in five orders").containsOnly(keys.get(0));
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> out = new ArrayList<>(list);
        Collections.reverse(out);
        return out;
    }

    private static SiteConfig config(Map<String, String> schemaTypes) {
        SiteConfig defaults = SiteConfig.defaults();
        return new SiteConfig(defaults.title(), defaults.tagline(), "https://example.org", defaults.language(),
                defaults.pageSize(), defaults.permalink(), defaults.organisation(), defaults.newsletterUrl(),
                defaults.supportUrl(), defaults.rawHtml(), defaults.citationStyle(), schemaTypes, Map.of(), SiteConfig.Identity.NONE,
                defaults.params(), true);
    }

    private static String key(Record record) {
        return CacheKey.of("k").record(record).hex();
    }

    // ---------------------------------------------------------------------------------------------
    // Places: a component of a record, reached from a keyed record through components and list elements

    /** One step from a value into a part of it. */
    private sealed interface Step permits Component, Element {
        Object get(Object from);

        /** {@code from} with this part replaced, made as the type makes it (a record through its canonical constructor). */
        Object with(Object from, Object part);
    }

    private record Component(RecordComponent component) implements Step {
        @Override
        public Object get(Object from) {
            try {
                component.getAccessor().setAccessible(true);
                return component.getAccessor().invoke(from);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Object with(Object from, Object part) {
            RecordComponent[] components = from.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getName().equals(component.getName()) ? part : new Component(components[i]).get(from);
            }
            return construct(from.getClass(), values);
        }

        @Override
        public String toString() {
            return "." + component.getName();
        }
    }

    private record Element(int index) implements Step {
        @Override
        public Object get(Object from) {
            return ((List<?>) from).get(index);
        }

        @Override
        public Object with(Object from, Object part) {
            List<Object> copy = new ArrayList<>((List<?>) from);
            copy.set(index, part);
            return copy;
        }

        @Override
        public String toString() {
            return "[" + index + "]";
        }
    }

    /** A place in records of {@code root}, e.g. {@code Article.extras.pdf.bytes}, and the type of the value there. */
    record Place(Class<?> root, List<Step> steps, Type type) {
        Object get(Object record) {
            Object value = record;
            for (Step step : steps) value = step.get(value);
            return value;
        }

        Object with(Object record, Object value) {
            return with(record, steps, value);
        }

        private static Object with(Object from, List<Step> steps, Object value) {
            if (steps.isEmpty()) return value;
            Step first = steps.get(0);
            return first.with(from, with(first.get(from), steps.subList(1, steps.size()), value));
        }

        boolean isTopLevel(String component) {
            return steps.size() == 1 && steps.get(0) instanceof Component c && c.component().getName().equals(component);
        }

        @Override
        public String toString() {
            return name(root) + steps.stream().map(Step::toString).collect(Collectors.joining());
        }
    }

    static List<Place> places(Class<?> root) {
        List<Place> out = new ArrayList<>();
        inRecord(root, List.of(), root, new HashSet<>(), out);
        return out;
    }

    private static void inRecord(Class<?> root, List<Step> prefix, Class<?> type, Set<Class<?>> open, List<Place> out) {
        if (!open.add(type)) return; // a record within itself: its components are already listed, one level up
        for (RecordComponent component : type.getRecordComponents()) {
            List<Step> steps = append(prefix, new Component(component));
            out.add(new Place(root, steps, component.getGenericType()));
            inside(root, steps, component.getGenericType(), open, out);
        }
        open.remove(type);
    }

    private static void inside(Class<?> root, List<Step> steps, Type type, Set<Class<?>> open, List<Place> out) {
        if (type instanceof Class<?> c && c.isRecord()) {
            inRecord(root, steps, c, open, out);
        } else if (isList(type)) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Step> first = append(steps, new Element(0));
            out.add(new Place(root, first, element));
            inside(root, first, element, open, out);
        }
    }

    private static List<Step> append(List<Step> steps, Step step) {
        List<Step> out = new ArrayList<>(steps);
        out.add(step);
        return List.copyOf(out);
    }

    private static boolean isList(Type type) {
        return type instanceof ParameterizedType p && p.getRawType() == List.class;
    }

    private static boolean is(Type type, Class<?> raw) {
        return type instanceof ParameterizedType p && p.getRawType() == raw;
    }

    static String name(Class<?> type) {
        return type.getEnclosingClass() == null || type.getEnclosingClass() == CacheKeysTest.class
                ? type.getSimpleName() : name(type.getEnclosingClass()) + "." + type.getSimpleName();
    }

    // ---------------------------------------------------------------------------------------------
    // Samples: a valid value of every type a keyed record may hold

    /** What a record's compact constructor threw: the value is not one the record can hold. */
    static final class Refused extends RuntimeException {
        Refused(Throwable cause) {
            super(cause);
        }
    }

    static Object construct(Class<?> type, Object[] values) {
        RecordComponent[] components = type.getRecordComponents();
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new Refused(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Record sampleOf(Class<? extends Record> type) {
        return (Record) sample(type, 0);
    }

    /**
     * The {@code n}th sample of a type: String "a", numbers 1, false, fixed dates, the first constant, a
     * list of one, a set of three, a map of four; records of samples. Samples with another n differ.
     */
    static Object sample(Type type, int n) {
        if (type instanceof ParameterizedType p) {
            Type[] arguments = p.getActualTypeArguments();
            if (p.getRawType() == List.class) return List.of(sample(arguments[0], n));
            if (p.getRawType() == Set.class) {
                Set<Object> set = new LinkedHashSet<>();
                for (int i = 0; i < 3; i++) set.add(sample(arguments[0], 3 * n + i));
                return set;
            }
            if (p.getRawType() == Map.class) {
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < 4; i++) map.put(sample(arguments[0], 4 * n + i), sample(arguments[1], 4 * n + i));
                return map;
            }
        }
        if (!(type instanceof Class<?> c)) throw new AssertionError("no sample of " + type.getTypeName() + ": add one to sample()");
        if (c == String.class) return n == 0 ? "a" : "a" + n;
        if (c == int.class) return 1 + n;
        if (c == long.class) return 1L + n;
        if (c == boolean.class) return n % 2 == 1;
        if (c == LocalDate.class) return LocalDate.of(2014, 6, 17).plusDays(n);
        if (c == OffsetDateTime.class) return OffsetDateTime.of(2014, 6, 17, 9, 30, 0, 0, ZoneOffset.ofHours(3)).plusDays(n);
        if (c == Instant.class) return Instant.parse("2014-06-17T06:30:00Z").plusSeconds(n);
        if (c == Path.class) return Path.of("content", n == 0 ? "a.md" : "a" + n + ".md");
        if (c.isEnum()) return c.getEnumConstants()[n % c.getEnumConstants().length];
        if (c == Param.class) return Param.text(n == 0 ? "a" : "a" + n); // recursive, and exactly one of three set
        if (c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) values[i] = sample(components[i].getGenericType(), n);
            try {
                return construct(c, values);
            } catch (Refused e) {
                throw new AssertionError("the sample of " + name(c) + " is refused by its constructor: " + e.getCause()
                        + "; make sample() give a valid one", e);
            }
        }
        throw new AssertionError("no sample of " + c.getName() + ": add one to sample() (and check RecordCodec encodes it)");
    }

    // ---------------------------------------------------------------------------------------------
    // Changes: other values of a type, each named for the failure message

    record Change(String what, Object value) {
    }

    /**
     * Values that differ from {@code current}. Nested records and list elements are changed at their
     * own places; here a record is only replaced whole or by null. Some changes (null where the
     * constructor refuses it) are not values a record can hold: the test skips those.
     */
    static List<Change> changes(Type type, Object current) {
        List<Change> out = new ArrayList<>();
        if (current == null) {
            out.add(new Change("set (was null)", sample(type, 0)));
            return out;
        }
        if (isList(type)) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>((List<?>) current);
            List<Object> added = new ArrayList<>(list);
            added.add(sample(element, 1));
            out.add(new Change("with an element added", added));
            if (!list.isEmpty()) out.add(new Change("with an element removed", list.subList(0, list.size() - 1)));
        } else if (is(type, Set.class)) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            Set<Object> set = new LinkedHashSet<>((Set<?>) current);
            Set<Object> added = new LinkedHashSet<>(set);
            added.add(unused(element, set));
            out.add(new Change("with an element added", added));
            if (!set.isEmpty()) {
                Object first = set.iterator().next();
                Set<Object> removed = new LinkedHashSet<>(set);
                removed.remove(first);
                out.add(new Change("with an element removed", removed));
                for (Change change : changes(element, first)) {
                    if (change.value() == null || set.contains(change.value())) continue;
                    Set<Object> changed = new LinkedHashSet<>(removed);
                    changed.add(change.value());
                    out.add(new Change("with an element " + change.what(), changed));
                }
            }
        } else if (is(type, Map.class)) {
            Type[] kv = ((ParameterizedType) type).getActualTypeArguments();
            Map<Object, Object> map = new LinkedHashMap<>((Map<?, ?>) current);
            Map<Object, Object> added = new LinkedHashMap<>(map);
            added.put(unused(kv[0], map.keySet()), sample(kv[1], 0));
            out.add(new Change("with an entry added", added));
            if (!map.isEmpty()) {
                Object firstKey = map.keySet().iterator().next();
                Map<Object, Object> removed = new LinkedHashMap<>(map);
                Object firstValue = removed.remove(firstKey);
                out.add(new Change("with an entry removed", removed));
                for (Change change : changes(kv[1], firstValue)) {
                    if (change.value() == null) continue;
                    Map<Object, Object> changed = new LinkedHashMap<>(map);
                    changed.put(firstKey, change.value());
                    out.add(new Change("with the value of " + firstKey + " " + change.what(), changed));
                }
                for (Change change : changes(kv[0], firstKey)) {
                    if (change.value() == null || map.containsKey(change.value())) continue;
                    Map<Object, Object> changed = new LinkedHashMap<>(removed);
                    changed.put(change.value(), firstValue);
                    out.add(new Change("with the key " + firstKey + " " + change.what(), changed));
                }
            }
        } else if (current instanceof String s) {
            out.add(new Change("+ \"x\"", s + "x"));
            if (!s.isEmpty()) out.add(new Change("empty", ""));
        } else if (current instanceof Integer i) {
            out.add(new Change("+ 1", i + 1));
        } else if (current instanceof Long l) {
            out.add(new Change("+ 1", l + 1));
        } else if (current instanceof Boolean b) {
            out.add(new Change("flipped", !b));
        } else if (current instanceof LocalDate d) {
            out.add(new Change("+ 1 day", d.plusDays(1)));
        } else if (current instanceof OffsetDateTime t) {
            out.add(new Change("+ 1 day", t.plusDays(1)));
            out.add(new Change("+ 1 ns", t.plusNanos(1)));
            out.add(new Change("at another offset, the same instant", t.withOffsetSameInstant(ZoneOffset.ofHours(-5))));
        } else if (current instanceof Instant t) {
            out.add(new Change("+ 1 day", t.plusSeconds(86_400)));
            out.add(new Change("+ 1 ns", t.plusNanos(1)));
        } else if (current instanceof Path p) {
            out.add(new Change("+ \"x\"", Path.of(p + "x")));
            out.add(new Change("in another folder", Path.of("other").resolve(p)));
        } else if (current instanceof Enum<?> e) {
            Object[] constants = e.getDeclaringClass().getEnumConstants();
            if (constants.length > 1) out.add(new Change("the next constant", constants[(e.ordinal() + 1) % constants.length]));
        } else if (current instanceof Record) {
            out.add(new Change("another whole sample", sample(type, 1)));
        } else {
            throw new AssertionError("no changes of " + type.getTypeName() + ": add some to changes()");
        }
        if (!(type instanceof Class<?> c && c.isPrimitive())) out.add(new Change("null", null));
        return out;
    }

    /** A sample of {@code type} not in {@code taken}. */
    private static Object unused(Type type, Set<?> taken) {
        for (int n = 1; n < 100; n++) {
            Object value = sample(type, n);
            if (!taken.contains(value)) return value;
        }
        throw new AssertionError("no new sample of " + type.getTypeName());
    }
}
