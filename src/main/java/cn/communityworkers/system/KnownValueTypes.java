package cn.communityworkers.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.DefaultVariableSerializers;
import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializers;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.type.SpinValueType;
import org.springframework.stereotype.Component;

/**
 * The values the engine keeps, checked when they are written, by whoever and through whichever path:
 * <ul>
 * <li>An {@code Object} value given in JSON (as every client of the REST API gives it) is kept only if it can be read
 * back as the type it names, and that type is on the engine's allow-list ({@code deserializationTypeValidationEnabled}, {@code deserializationAllowedClasses} and
 * {@code deserializationAllowedPackages} in {@code application.yaml}). A value of an unknown or forbidden type used to
 * be kept and fail every later reader (the sealing of the audit trail among them).</li>
 * <li>A text longer than the engine's text column ({@value Variable#MAX_TEXT} characters) is refused with the reason, not
 * left to fail in the database.</li>
 * <li>An {@code Xml} value is refused: no XML data format is installed, and none is needed.</li>
 * </ul>
 * (Java serialization is refused by the engine itself: {@code javaSerializationFormatEnabled} is off.)
 */
@Component
class KnownValueTypes extends AbstractProcessEnginePlugin {

    /** After every plugin's set-up (Spin adds its serializers in its own), before anything is deployed or run. */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        VariableSerializers serializers = configuration.getVariableSerializers();
        List<TypedValueSerializer<?>> replaced = new ArrayList<>();
        for (TypedValueSerializer<?> serializer : serializers.getSerializers()) {
            if (serializer instanceof StringValueSerializer) {
                replaced.add(new BoundedText());
            } else if (serializer.getType() == ValueType.OBJECT
                    && Variables.SerializationDataFormats.JSON.getName().equals(serializer.getSerializationDataformat())) {
                @SuppressWarnings("unchecked")
                TypedValueSerializer<ObjectValue> json = (TypedValueSerializer<ObjectValue>) serializer;
                replaced.add(new ReadableJsonObjects(json));
            } else {
                replaced.add(serializer);
            }
        }
        replaced.add(new NoXml());
        ((DefaultVariableSerializers) serializers).setSerializerList(replaced);
    }

    /** Texts up to the length of the engine's column. */
    static class BoundedText extends StringValueSerializer {

        @Override
        public void writeValue(StringValue value, ValueFields valueFields) {
            if (value.getValue() != null && value.getValue().length() > Variable.MAX_TEXT) {
                throw new BadUserRequestException(valueFields.getName() + "的文字太长:最多 " + Variable.MAX_TEXT + " 个字,收到 "
                        + value.getValue().length() + " 个");
            }
            super.writeValue(value, valueFields);
        }
    }

    /** JSON objects that read back as the type they name, a type on the allow-list. */
    static class ReadableJsonObjects implements TypedValueSerializer<ObjectValue> {

        private final TypedValueSerializer<ObjectValue> json;

        ReadableJsonObjects(TypedValueSerializer<ObjectValue> json) {
            this.json = json;
        }

        @Override
        public void writeValue(ObjectValue value, ValueFields valueFields) {
            if (value.isDeserialized()) {
                // A Java object the application's own code keeps: its type is the code's (a decision's result, a list).
                json.writeValue(value, valueFields);
                return;
            }
            Scratch scratch = new Scratch(valueFields.getName());
            json.writeValue(value, scratch);
            try {
                json.readValue(scratch, true, false);
            } catch (RuntimeException e) {
                throw new BadUserRequestException(valueFields.getName() + "的对象类型 " + scratch.getTextValue2()
                        + " 不是可以保存的类型,或其内容无法按该类型读取", e);
            }
            json.writeValue(value, valueFields);
        }

        @Override
        public String getName() {
            return json.getName();
        }

        @Override
        public ValueType getType() {
            return json.getType();
        }

        @Override
        public ObjectValue readValue(ValueFields valueFields, boolean deserializeValue, boolean isTransient) {
            return json.readValue(valueFields, deserializeValue, isTransient);
        }

        @Override
        public boolean canHandle(TypedValue value) {
            return json.canHandle(value);
        }

        @Override
        public ObjectValue convertToTypedValue(UntypedValueImpl untypedValue) {
            return json.convertToTypedValue(untypedValue);
        }

        @Override
        public String getSerializationDataformat() {
            return json.getSerializationDataformat();
        }

        @Override
        public boolean isMutableValue(ObjectValue typedValue) {
            return json.isMutableValue(typedValue);
        }
    }

    /** Refuses every XML value with a reason (the engine has no XML data format to keep it). */
    static class NoXml implements TypedValueSerializer<TypedValue> {

        @Override
        public String getName() {
            return "refused-xml";
        }

        @Override
        public ValueType getType() {
            return SpinValueType.XML;
        }

        @Override
        public void writeValue(TypedValue value, ValueFields valueFields) {
            throw new BadUserRequestException(valueFields.getName() + "是 XML 类型的值,系统不接受 XML 值");
        }

        @Override
        public TypedValue readValue(ValueFields valueFields, boolean deserializeValue, boolean isTransient) {
            throw new BadUserRequestException("系统不保存 XML 值");
        }

        @Override
        public boolean canHandle(TypedValue value) {
            return SpinValueType.XML.equals(value.getType());
        }

        @Override
        public TypedValue convertToTypedValue(UntypedValueImpl untypedValue) {
            throw new BadUserRequestException("系统不接受 XML 值");
        }

        @Override
        public String getSerializationDataformat() {
            return null;
        }

        @Override
        public boolean isMutableValue(TypedValue typedValue) {
            return false;
        }
    }

    /** Where a value is written to be read back before it is kept. */
    private static final class Scratch implements ValueFields {

        private final String name;
        private String text;
        private String text2;
        private Long longValue;
        private Double doubleValue;
        private byte[] bytes;

        Scratch(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getTextValue() {
            return text;
        }

        @Override
        public void setTextValue(String textValue) {
            text = textValue;
        }

        @Override
        public String getTextValue2() {
            return text2;
        }

        @Override
        public void setTextValue2(String textValue2) {
            text2 = textValue2;
        }

        @Override
        public Long getLongValue() {
            return longValue;
        }

        @Override
        public void setLongValue(Long value) {
            longValue = value;
        }

        @Override
        public Double getDoubleValue() {
            return doubleValue;
        }

        @Override
        public void setDoubleValue(Double value) {
            doubleValue = value;
        }

        @Override
        public byte[] getByteArrayValue() {
            return bytes;
        }

        @Override
        public void setByteArrayValue(byte[] value) {
            bytes = value;
        }
    }
}
