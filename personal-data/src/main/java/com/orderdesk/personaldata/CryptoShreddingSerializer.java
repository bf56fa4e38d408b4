package com.orderdesk.personaldata;

import com.orderdesk.events.privacy.DeviceLog;
import com.orderdesk.events.privacy.PersonalData;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;

/**
 * The event serializer of both apps (payloads, metadata, snapshots): JSON as before, with every field marked
 * {@link PersonalData} or {@link DeviceLog}, and the device information in metadata, sealed by the
 * {@link PersonalDataCodec}. Events without personal data are written by the Jackson serializer untouched.
 */
public class CryptoShreddingSerializer implements Serializer {

    private final Jackson3Serializer json;
    private final PersonalDataCodec codec;
    /** Trees that keep decimals exactly as written (19.90 stays 19.90): amounts pass through them. */
    private final ObjectReader exactTrees;

    /** The serializer both apps use: Axon's Jackson 3 JSON with the events' revisions, sealing with these keys. */
    public static CryptoShreddingSerializer sealingWith(SubjectKeys keys, RevisionResolver revisions, Clock clock) {
        Jackson3Serializer json = Jackson3Serializer.builder().revisionResolver(revisions).build();
        return new CryptoShreddingSerializer(json, new PersonalDataCodec(keys, json.getObjectMapper(), clock));
    }

    public CryptoShreddingSerializer(Jackson3Serializer json, PersonalDataCodec codec) {
        this.json = json;
        this.codec = codec;
        this.exactTrees = json.getObjectMapper().reader()
                              .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                              .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object instanceof MetaData metaData && PersonalDataCodec.holdsDeviceData(metaData)) {
            return json.serialize(codec.seal(metaData), expectedRepresentation);
        }
        if (object == null || !codec.holdsPersonalData(object.getClass())) {
            return json.serialize(object, expectedRepresentation);
        }
        ObjectNode tree = (ObjectNode) exactTrees.readTree(json.getObjectMapper().writeValueAsBytes(object));
        codec.seal(tree, object.getClass());
        byte[] bytes = json.getObjectMapper().writeValueAsBytes(tree);
        return new SimpleSerializedObject<>(getConverter().convert(bytes, expectedRepresentation),
                                            expectedRepresentation, typeForClass(object.getClass()));
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Class<?> type = classForType(serializedObject.getType());
        if (!codec.holdsPersonalData(type)) {
            T result = json.deserialize(serializedObject);
            if (result instanceof MetaData metaData && PersonalDataCodec.holdsDeviceData(metaData)) {
                @SuppressWarnings("unchecked") T opened = (T) codec.open(metaData);
                return opened;
            }
            return result;
        }
        byte[] bytes = getConverter().convert(serializedObject.getData(), serializedObject.getContentType(),
                                              byte[].class);
        ObjectNode tree = (ObjectNode) exactTrees.readTree(bytes);
        codec.open(tree, type);
        return json.deserialize(new SimpleSerializedObject<>(json.getObjectMapper().writeValueAsBytes(tree),
                                                             byte[].class, serializedObject.getType()));
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return json.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class<?> classForType(SerializedType type) {
        return json.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return json.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return json.getConverter();
    }
}
