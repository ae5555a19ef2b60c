package se.samspar.web.table;

import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A read that a view-scoped page makes many times while rendering (a menu's items, a title per row), made once per
 * request: kept in the Faces context's attributes, so it is never stale in the next request the way a field of the
 * view would be.
 */
public final class PerRequest {
    private PerRequest() {
    }

    /** Not computeIfAbsent: a read may itself use another {@code PerRequest} value of the same map. */
    @SuppressWarnings("unchecked")
    public static <T> T get(String key, Supplier<T> read) {
        Map<Object, Object> attributes = FacesContext.getCurrentInstance().getAttributes();
        T value = (T) attributes.get(key);
        if (value == null) {
            value = read.get();
            attributes.put(key, value);
        }
        return value;
    }
}
