package org.standfirst.render;

import io.pebbletemplates.pebble.attributes.methodaccess.MethodAccessValidator;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;

/**
 * Templates may read the view records, Pebble's loop variables, and harmless methods of strings,
 * lists and maps —
 * nothing else. Themes come from many hands; this keeps a template from reaching into Java.
 */
final class ViewOnlyAccess implements MethodAccessValidator {
    private static final String VIEW_PACKAGE = "org.standfirst.render.view";
    private static final String PEBBLE_LOOP = "io.pebbletemplates.pebble.node.ForNode$LoopVariables";

    @Override
    public boolean isMethodAccessAllowed(Object object, Method method) {
        Class<?> declaring = method.getDeclaringClass();
        if (declaring.isRecord() && declaring.getPackageName().equals(VIEW_PACKAGE)) return true;
        if (method.getName().equals("getClass") || declaring == Object.class) return false;
        if (declaring.getName().startsWith(PEBBLE_LOOP)) return true; // loop.index, loop.last …
        return object instanceof String || object instanceof Collection<?> || object instanceof Map<?, ?>
                || object instanceof Number || object instanceof Boolean;
    }
}
