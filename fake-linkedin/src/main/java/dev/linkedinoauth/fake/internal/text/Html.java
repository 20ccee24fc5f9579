package dev.linkedinoauth.fake.internal.text;

import dev.linkedinoauth.fake.internal.http.FakeResponse;

/** HTML escaping and the page frame shared by the fake's sign-in, consent and error pages. */
public final class Html {
    private Html() {
    }

    /** Escapes text for element content and quoted attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    /** A page in LinkedIn's colours. {@code body} must already be escaped. */
    public static String page(String title, String body) {
        return page(title, "", body);
    }

    /** A page in LinkedIn's colours with more CSS rules (trusted text, never user input). */
    public static String page(String title, String extraCss, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="icon" href="data:,">
                <title>%s</title>
                <style>
                  body { margin: 0; font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
                         background: #f3f2ef; color: rgba(0,0,0,.9); }
                  header { padding: 16px 24px; }
                  .logo { font-size: 28px; font-weight: 700; color: #0a66c2; letter-spacing: -1px; }
                  .logo span { background: #0a66c2; color: #fff; border-radius: 4px; padding: 0 4px; margin-left: 2px; }
                  .fake-badge { font-size: 12px; color: #915907; background: #fcf0d0; border-radius: 10px;
                                padding: 2px 8px; margin-left: 8px; vertical-align: middle; }
                  .card { background: #fff; max-width: 400px; margin: 24px auto; padding: 24px;
                          border-radius: 8px; box-shadow: 0 4px 12px rgba(0,0,0,.15); }
                  h1 { font-size: 28px; font-weight: 600; margin: 0 0 8px; }
                  h2 { font-size: 16px; font-weight: 400; margin: 0 0 16px; color: rgba(0,0,0,.6); }
                  .muted { color: rgba(0,0,0,.6); font-size: 14px; }
                  .error { color: #cc1016; font-size: 14px; }
                  label { display: block; font-size: 14px; margin: 12px 0 4px; }
                  input[type=email], input[type=password] { width: 100%%; box-sizing: border-box; padding: 12px;
                          border: 1px solid rgba(0,0,0,.6); border-radius: 4px; font-size: 16px; }
                  button { font-size: 16px; font-weight: 600; border-radius: 24px; padding: 12px 24px;
                           cursor: pointer; border: 1px solid #0a66c2; }
                  .primary { background: #0a66c2; color: #fff; width: 100%%; margin-top: 16px; }
                  .secondary { background: #fff; color: #0a66c2; }
                  .member { display: flex; align-items: center; gap: 12px; width: 100%%; margin: 8px 0;
                            background: #fff; color: rgba(0,0,0,.9); border: 1px solid rgba(0,0,0,.3);
                            border-radius: 8px; text-align: left; }
                  .member img { width: 40px; height: 40px; border-radius: 50%%; }
                  .member small { display: block; font-weight: 400; color: rgba(0,0,0,.6); }
                  ul.scopes { padding-left: 20px; } ul.scopes li { margin: 8px 0; }
                  ul.scopes code { font-size: 12px; color: rgba(0,0,0,.6); }
                  .actions { display: flex; gap: 12px; justify-content: flex-end; align-items: center; margin-top: 24px; }
                  .actions .primary { margin-top: 0; width: auto; flex: 1; }
                  .divider { text-align: center; color: rgba(0,0,0,.6); margin: 16px 0; font-size: 14px; }
                %s
                </style>
                </head>
                <body>
                <header><span class="logo">Linked<span>in</span></span><span class="fake-badge">fake</span></header>
                %s
                </body>
                </html>
                """.formatted(escape(title), extraCss, body);
    }
}
