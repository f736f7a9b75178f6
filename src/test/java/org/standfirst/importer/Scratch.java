package org.standfirst.importer;
public class Scratch {
    public static void main(String[] a) throws Exception {
        String html = java.nio.file.Files.readString(java.nio.file.Path.of(a[0]));
        var doc = BodyConverter.parseFragment(html, "https://example.org/");
        System.out.println(new BodyConverter().convert(doc.body()));
    }
}
