package org.standfirst.incremental;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a record as its components, in declaration order, and reads it back through its canonical
 * constructor (so the record's own checks run again). Supported components: {@code int}, {@code long},
 * {@code boolean}, String, Instant, LocalDate, OffsetDateTime, Path, enums, {@code List<X>}, {@code Set<X>},
 * {@code Map<K, V>} and other records, each of them nullable, nested as deep as needed. Any other type is
 * refused when the codec is made, not when a value is written.
 *
 * <p>The bytes are canonical: equal records give equal bytes in every JVM. Sets and maps are written in
 * the order of their elements' (keys') own encodings, never in iteration order, which for
 * {@code Set.of} and {@code Map.copyOf} changes from one JVM start to the next. That makes the
 * encoding fit to key caches with (see {@link CacheKey}).
 *
 * <p>The bytes carry no names or types; {@link #schema()} does, so a store can keep it beside the data
 * and treat data written under another schema as absent. Reading input that is not what this codec
 * wrote (truncated, corrupt) fails with an IOException, never with a runtime exception.
 */
public final class RecordCodec<T extends Record> {
    /** Far above any value the caches hold; a larger length can only be corrupt input. */
    private static final int MAX_LENGTH = 64 << 20;
    private static final int STRING_NULL = -1;
    private static final int UTF_8 = 0;
    private static final int UTF_16 = 1;

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(type);
        }
    };

    private final Class<T> type;
    private final Shape shape;
    private final String schema;

    private RecordCodec(Class<T> type) {
        this.type = type;
        this.shape = SHAPES.get(type);
        StringBuilder out = new StringBuilder();
        shape.describe(out, new HashSet<>()); // also finds unsupported components anywhere below
        this.schema = out.toString();
    }

    /** The codec of a record class; throws IllegalArgumentException if some component cannot be encoded. */
    public static <T extends Record> RecordCodec<T> of(Class<T> type) {
        return new RecordCodec<>(type);
    }

    /** The record's components with their types, recursively: equal schemas read each other's bytes. */
    public String schema() {
        return schema;
    }

    public void write(DataOutput out, T value) throws IOException {
        if (value == null) throw new IllegalArgumentException("null " + type.getSimpleName());
        shape.write(out, value);
    }

    /** Reads one record; an IOException (often an EOFException) when the input is not one. */
    public T read(DataInput in) throws IOException {
        try {
            return type.cast(shape.read(in));
        } catch (RuntimeException e) {
            throw corrupt(e.toString());
        }
    }

    private static StreamCorruptedException corrupt(String what) {
        return new StreamCorruptedException("not what RecordCodec wrote: " + what);
    }

    /** How one component's values are written, read and described. */
    private interface Node {
        void write(DataOutput out, Object value) throws IOException;

        Object read(DataInput in) throws IOException;

        void describe(StringBuilder out, Set<Class<?>> described);
    }

    /**
     * The types the codec knows by name. One enum with switches rather than a lambda each: each lambda
     * costs its own class spun at startup, which is when the cache is read.
     */
    private enum Scalar implements Node {
        INT("int"), LONG("long"), BOOLEAN("boolean"), STRING("String"), INSTANT("Instant"), LOCAL_DATE("LocalDate"),
        OFFSET_DATE_TIME("OffsetDateTime"), PATH("Path");

        private final String schemaName;

        Scalar(String schemaName) {
            this.schemaName = schemaName;
        }

        @Override
        public void write(DataOutput out, Object value) throws IOException {
            switch (this) {
                case INT -> out.writeInt((Integer) value);
                case LONG -> out.writeLong((Long) value);
                case BOOLEAN -> out.writeByte((Boolean) value ? 1 : 0);
                case STRING -> writeString(out, (String) value);
                case INSTANT -> {
                    out.writeLong(((Instant) value).getEpochSecond());
                    out.writeInt(((Instant) value).getNano());
                }
                case LOCAL_DATE -> out.writeLong(((LocalDate) value).toEpochDay());
                case OFFSET_DATE_TIME -> { // the instant and the offset: together they give back the same local time
                    OffsetDateTime time = (OffsetDateTime) value;
                    out.writeLong(time.toEpochSecond());
                    out.writeInt(time.getNano());
                    out.writeInt(time.getOffset().getTotalSeconds());
                }
                case PATH -> writeString(out, value.toString());
            }
        }

        @Override
        public Object read(DataInput in) throws IOException {
            return switch (this) {
                case INT -> in.readInt();
                case LONG -> in.readLong();
                case BOOLEAN -> flag(in);
                case STRING -> readString(in);
                case INSTANT -> Instant.ofEpochSecond(in.readLong(), in.readInt());
                case LOCAL_DATE -> LocalDate.ofEpochDay(in.readLong());
                case OFFSET_DATE_TIME -> {
                    long seconds = in.readLong();
                    int nanos = in.readInt();
                    ZoneOffset offset = ZoneOffset.ofTotalSeconds(in.readInt());
                    yield OffsetDateTime.of(LocalDateTime.ofEpochSecond(seconds, nanos, offset), offset);
                }
                case PATH -> {
                    String text = readString(in);
                    if (text == null) throw corrupt("null path");
                    yield Path.of(text);
                }
            };
        }

        @Override
        public void describe(StringBuilder out, Set<Class<?>> described) {
            out.append(schemaName);
        }
    }

    private static Node node(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (parameterized.getRawType() == List.class) return new Nullable(new ListNode(node(arguments[0])));
            if (parameterized.getRawType() == Set.class) return new Nullable(new SetNode(node(arguments[0])));
            if (parameterized.getRawType() == Map.class) return new Nullable(new MapNode(node(arguments[0]), node(arguments[1])));
        }
        if (!(type instanceof Class<?> c)) throw new IllegalArgumentException("cannot encode " + type.getTypeName());
        if (c == int.class) return Scalar.INT;
        if (c == long.class) return Scalar.LONG;
        if (c == boolean.class) return Scalar.BOOLEAN;
        if (c == String.class) return Scalar.STRING; // null is a length of -1
        if (c == Instant.class) return new Nullable(Scalar.INSTANT);
        if (c == LocalDate.class) return new Nullable(Scalar.LOCAL_DATE);
        if (c == OffsetDateTime.class) return new Nullable(Scalar.OFFSET_DATE_TIME);
        if (c == Path.class) return new Nullable(Scalar.PATH);
        if (c.isEnum()) return new Nullable(new EnumNode(c));
        // Looked up when used, so records that contain each other need no special care.
        if (c.isRecord()) return new Nullable(new RecordNode(c));
        throw new IllegalArgumentException("cannot encode " + c.getName()
                + " (a component must be int, long, boolean, String, a date, Path, an enum, a List, Set or Map, or a record)");
    }

    private static boolean flag(DataInput in) throws IOException {
        byte b = in.readByte();
        if (b != 0 && b != 1) throw corrupt("flag " + b);
        return b == 1;
    }

    /** A marker byte before any value that may be null. */
    private record Nullable(Node value) implements Node {
        @Override
        public void write(DataOutput out, Object v) throws IOException {
            out.writeByte(v == null ? 0 : 1);
            if (v != null) value.write(out, v);
        }

        @Override
        public Object read(DataInput in) throws IOException {
            return flag(in) ? value.read(in) : null;
        }

        @Override
        public void describe(StringBuilder out, Set<Class<?>> described) {
            value.describe(out, described);
        }
    }

    /**
     * Writes a string, or null, as a header int ({@code -1} for null, else the length shifted left
     * by one with the encoding in the low bit) and the characters: UTF-8, or UTF-16 for text that
     * UTF-8 cannot carry exactly (an unpaired surrogate, which YAML's {@code "\uD800"} can produce),
     * so every string reads back equal. Unlike {@link DataOutput#writeUTF}, any length up to 64 MiB.
     *
     * @throws IOException also when the text is longer than {@link #readString} accepts
     */
    public static void writeString(DataOutput out, String text) throws IOException {
        if (text == null) {
            out.writeInt(STRING_NULL);
            return;
        }
        if (hasUnpairedSurrogate(text)) {
            if (text.length() > MAX_LENGTH) throw new IOException("a string too long to store");
            out.writeInt(text.length() << 1 | UTF_16);
            out.writeChars(text);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_LENGTH) throw new IOException("a string too long to store");
        out.writeInt(bytes.length << 1 | UTF_8);
        out.write(bytes);
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) continue;
            if (!Character.isHighSurrogate(c) || i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                return true;
            }
            i++;
        }
        return false;
    }

    /** Reads what {@link #writeString} wrote; an IOException when the input is not that. */
    public static String readString(DataInput in) throws IOException {
        int header = in.readInt();
        if (header == STRING_NULL) return null;
        int length = checked(header >> 1);
        if ((header & 1) == UTF_16) {
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) chars[i] = in.readChar();
            return new String(chars);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int checked(int length) throws StreamCorruptedException {
        if (length < 0 || length > MAX_LENGTH) throw corrupt("length " + length);
        return length;
    }

    /** By ordinal; the schema lists the constants, so reordering them changes it. */
    private record EnumNode(Class<?> type) implements Node {
        @Override
        public void write(DataOutput out, Object value) throws IOException {
            out.writeInt(((Enum<?>) value).ordinal());
        }

        @Override
        public Object read(DataInput in) throws IOException {
            int ordinal = in.readInt();
            Object[] constants = type.getEnumConstants();
            if (ordinal < 0 || ordinal >= constants.length) throw corrupt(type.getSimpleName() + " #" + ordinal);
            return constants[ordinal];
        }

        @Override
        public void describe(StringBuilder out, Set<Class<?>> described) {
            out.append(type.getName()).append('[');
            Object[] constants = type.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                if (i > 0) out.append(',');
                out.append(((Enum<?>) constants[i]).name());
            }
            out.append(']');
        }
    }

    private record ListNode(Node element) implements Node {
        @Override
        public void write(DataOutput out, Object value) throws IOException {
            List<?> list = (List<?>) value;
            out.writeInt(list.size());
            for (Object item : list) element.write(out, item);
        }

        @Override
        public Object read(DataInput in) throws IOException {
            int size = checked(in.readInt());
            List<Object> list = new ArrayList<>(Math.min(size, 1024)); // grows only as far as the input goes
            for (int i = 0; i < size; i++) list.add(element.read(in));
            // List.copyOf gives the immutable list records' compact constructors keep as it is.
            return list.contains(null) ? Collections.unmodifiableList(list) : List.copyOf(list);
        }

        @Override
        public void describe(StringBuilder out, Set<Class<?>> described) {
            out.append("List<");
            element.describe(out, described);
            out.append('>');
        }
    }

    /** Writes one item of a set or map. */
    private interface ItemWriter<T> {
        void write(DataOutput out, T item) throws IOException;
    }

    /**
     * Writes {@code items} in the unsigned byte order of their encodings: the same bytes for any
     * iteration order. Every encoding ends itself (no value's bytes begin another's), so a map's
     * entries, each its key's bytes then its value's, sort by their keys.
     */
    private static <T> void writeSorted(DataOutput out, Iterable<T> items, int size, ItemWriter<T> writer) throws IOException {
        byte[][] encoded = new byte[size][];
        int i = 0;
        for (T item : items) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            writer.write(new DataOutputStream(bytes), item);
            encoded[i++] = bytes.toByteArray();
        }
        Arrays.sort(encoded, Arrays::compareUnsigned);
        for (byte[] item : encoded) out.write(item);
    }

    /** A set's size, then its elements in canonical order; read back in that order. */
    private record SetNode(Node element) implements Node {
        @Override
        public void write(DataOutput out, Object value) throws IOException {
            Set<?> set = (Set<?>) value;
            out.writeInt(set.size());
            writeSorted(out, set, set.size(), element::write);
        }

        @Override
        public Object read(DataInput in) throws IOException {
            int size = checked(in.readInt());
            Set<Object> set = new LinkedHashSet<>();
            for (int i = 0; i < size; i++) {
                if (!set.add(element.read(in))) throw corrupt("a set with a repeated element");
            }
            return Collections.unmodifiableSet(set);
        }

        @Override
        public void describe(StringBuilder out, Set<Class<?>> described) {
            out.append("Set<");
            element.describe(out, described);
            out.append('>');
        }
    }

    /** A map's size, then key and value pairs in the canonical order of the keys; read back in that order. */
    private record MapNode(Node key, Node value) implements Node {
        @Override
        public void write(DataOutput out, Object v) throws IOException {
            Map<?, ?> map = (Map<?, ?>) v;
            out.writeInt(map.size());
            writeSorted(out, map.entrySet(), map.size(), (entries, entry) -> {
                key.write(entries, entry.getKey());
                value.write(entries, entry.getValue());
            });
        }

        @Override
        public Object read(DataInput in) throws IOException {
            int size = checked(in.readInt());
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                Object k = key.read(in);
                if (map.containsKey(k)) throw corrupt("a map with a repeated key");
                map.put(k, value.read(in));
            }
            return Collections.unmodifiableMap(map);
        }

        @Override
        public void describe(StringBuilder out, Set<Class<?>> described) {
            out.append("Map<");
            key.describe(out, described);
            out.append(',');
            value.describe(out, described);
            out.append('>');
        }
    }

    private record RecordNode(Class<?> type) implements Node {
        @Override
        public void write(DataOutput out, Object value) throws IOException {
            SHAPES.get(type).write(out, value);
        }

        @Override
        public Object read(DataInput in) throws IOException {
            return SHAPES.get(type).read(in);
        }

        @Override
        public void describe(StringBuilder out, Set<Class<?>> described) {
            SHAPES.get(type).describe(out, described);
        }
    }

    /** A record class's components and canonical constructor, looked up once per class. */
    private static final class Shape {
        private final Class<?> type;
        private final String[] names;
        private final Node[] nodes;
        private final Method[] accessors;
        private final Constructor<?> constructor;

        Shape(Class<?> type) {
            if (!type.isRecord()) throw new IllegalArgumentException(type.getName() + " is not a record");
            this.type = type;
            RecordComponent[] components = type.getRecordComponents();
            names = new String[components.length];
            nodes = new Node[components.length];
            accessors = new Method[components.length];
            Class<?>[] parameters = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                nodes[i] = node(components[i].getGenericType());
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
                parameters[i] = components[i].getType();
            }
            try {
                constructor = type.getDeclaredConstructor(parameters);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record always has a canonical constructor", e);
            }
        }

        void write(DataOutput out, Object record) throws IOException {
            for (int i = 0; i < nodes.length; i++) {
                Object value;
                try {
                    value = accessors[i].invoke(record);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                } catch (InvocationTargetException e) {
                    throw new IllegalStateException("the accessor " + names[i] + " of " + type.getName() + " failed",
                            e.getCause());
                }
                nodes[i].write(out, value);
            }
        }

        Object read(DataInput in) throws IOException {
            Object[] values = new Object[nodes.length];
            for (int i = 0; i < nodes.length; i++) values[i] = nodes[i].read(in);
            try {
                return constructor.newInstance(values);
            } catch (InvocationTargetException e) {
                throw corrupt(type.getSimpleName() + " refused its components: " + e.getCause());
            } catch (InstantiationException | IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        void describe(StringBuilder out, Set<Class<?>> described) {
            out.append(type.getName());
            if (!described.add(type)) return;
            out.append('(');
            for (int i = 0; i < nodes.length; i++) {
                if (i > 0) out.append(',');
                out.append(names[i]).append(':');
                nodes[i].describe(out, described);
            }
            out.append(')');
        }
    }
}
