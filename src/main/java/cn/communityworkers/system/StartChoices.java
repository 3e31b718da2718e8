package cn.communityworkers.system;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The options of a start form's select that depend on who starts: the form names them as its {@code valuesKey} (e.g.
 * {@code streetWorkers}), the start form a person is served lists the options offered to that person's groups
 * ({@link StartForms}), and a start with any other value is refused ({@link EngineWriteGuard}). Tasklist gives a
 * start form no variables, so its options must be in the form itself.
 */
public interface StartChoices {

    /** The {@code valuesKey} a form gives for these options. */
    String name();

    /** What a person in these groups may choose, in the order shown. */
    List<Choice> offered(Collection<String> groups);

    /** One option: the value submitted and the label shown. */
    record Choice(String value, String label) {
    }

    static StartChoices of(String name, Function<Collection<String>, List<Choice>> offered) {
        return new StartChoices() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Choice> offered(Collection<String> groups) {
                return offered.apply(groups);
            }
        };
    }
}
