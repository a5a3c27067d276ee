package vnetlab.kernel;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads the fields of a request the way the messaging spec defines them, whatever a client sends: a field of the
 * wrong type is refused with one line naming it, a missing or out-of-range {@code cursor_pos} is clamped into the
 * code (missing means the end, as ipykernel reads it).
 *
 * <pre>{@code
 * Requests.cursor(content, "Math.ma")   // 7 when cursor_pos is missing, 99 or -5 → 7 and 0
 * }</pre>
 */
final class Requests {
    /** A request whose field cannot be used; its message names the field and what it must be. */
    static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message, null, false, false);
        }
    }

    private Requests() {
    }

    /** The {@code code} field; "" when missing. */
    static String code(JsonObject content) {
        JsonElement code = content.get("code");
        if (code == null || code.isJsonNull()) {
            return "";
        }
        if (!code.isJsonPrimitive() || !code.getAsJsonPrimitive().isString()) {
            String shown = code.toString();
            throw new BadRequest("the request's \"code\" must be a string (the cell's text), not "
                    + (shown.length() > 60 ? shown.substring(0, 60) + "…" : shown));
        }
        return code.getAsString();
    }

    /** The {@code cursor_pos} field in code points, clamped to 0..length of the code; the end when missing. */
    static int cursor(JsonObject content, String code) {
        int length = code.codePointCount(0, code.length());
        JsonElement cursor = content.get("cursor_pos");
        if (cursor == null || !cursor.isJsonPrimitive() || !cursor.getAsJsonPrimitive().isNumber()) {
            return length;
        }
        double value = cursor.getAsDouble();
        return value <= 0 ? 0 : value >= length ? length : (int) value;
    }

    static boolean flag(JsonObject content, String field, boolean absent) {
        JsonElement value = content.get(field);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
            return absent;
        }
        return value.getAsBoolean();
    }

    static boolean silent(JsonObject content) {
        return flag(content, "silent", false);
    }

    static boolean storesHistory(JsonObject content) {
        return !silent(content) && flag(content, "store_history", true);
    }

    static boolean allowsStdin(JsonObject content) {
        return flag(content, "allow_stdin", false);
    }

    static boolean stopsOnError(JsonObject content) {
        return flag(content, "stop_on_error", true);
    }
}
