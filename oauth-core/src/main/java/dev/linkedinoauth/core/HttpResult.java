package dev.linkedinoauth.core;

/** One HTTP answer, fully read: status, body text and media type (without parameters; may be null). */
record HttpResult(int status, String body, String mimeType) {
    boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
