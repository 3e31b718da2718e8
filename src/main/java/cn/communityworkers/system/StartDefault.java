package cn.communityworkers.system;

import java.util.function.Supplier;

/**
 * A start form field's default that is known only when the form is opened (this year) or that lives in the
 * configuration (a quota): a field names it in its custom property {@code defaultFrom}, and the start form served
 * carries its value as the field's {@code defaultValue} ({@link StartForms}). The person may change it.
 */
public interface StartDefault {

    String name();

    Object value();

    static StartDefault of(String name, Supplier<Object> value) {
        return new StartDefault() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Object value() {
                return value.get();
            }
        };
    }
}
