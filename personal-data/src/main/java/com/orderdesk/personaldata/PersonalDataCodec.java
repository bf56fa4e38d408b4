package com.orderdesk.personaldata;

import com.orderdesk.events.privacy.DataSubject;
import com.orderdesk.events.privacy.DeviceLog;
import com.orderdesk.events.privacy.PersonalData;
import org.axonframework.messaging.MetaData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;

/**
 * Seals the personal data of an event's JSON on the way into the event store and opens it on the way out. A
 * field is sealed with its subject's key and then, if it is device or log information, with the key of the day;
 * reading unwraps as far as the keys allow and puts the documented replacement where a key is gone.
 */
public final class PersonalDataCodec {

    /** What a field of an erased subject reads as. */
    public static final String ERASED = "[erased]";
    /** What device or log information past its retention period reads as. */
    public static final String EXPIRED = "[expired]";
    /** Metadata keys holding device information of the request that caused an event. */
    public static final Set<String> DEVICE_METADATA = Set.of("clientIp", "userAgent");
    /**
     * Metadata keys naming whose device information it is: the signed-in actor, or for anonymous requests about
     * an account (registration, sign-in, accepting an invitation) that account.
     */
    public static final List<String> METADATA_SUBJECT_KEYS = List.of("actorId", "dataSubject");

    private static final String DEVICE_PREFIX = "device:";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SubjectKeys keys;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final ClassValue<List<SealedField>> fields = new ClassValue<>() {
        @Override
        protected List<SealedField> computeValue(Class<?> type) {
            return SealedField.of(type);
        }
    };

    public PersonalDataCodec(SubjectKeys keys, ObjectMapper mapper, Clock clock) {
        this.keys = keys;
        this.mapper = mapper;
        this.clock = clock;
    }

    public boolean holdsPersonalData(Class<?> type) {
        return !fields.get(type).isEmpty();
    }

    public static boolean holdsDeviceData(MetaData metaData) {
        return DEVICE_METADATA.stream().anyMatch(metaData::containsKey);
    }

    /** Seals the marked fields of an event of the given type, in place. */
    public void seal(ObjectNode event, Class<?> type) {
        for (SealedField field : fields.get(type)) {
            JsonNode value = event.get(field.name());
            if (value == null || value.isNull()) {
                continue;
            }
            String text = value.isString() ? value.asString() : mapper.writeValueAsString(value);
            String subjectId = field.subject() == null ? null : subjectId(event, field);
            Optional<String> sealed = seal(text, subjectId, field.deviceLog());
            event.set(field.name(), sealed.<JsonNode>map(NODES::stringNode)
                                          .orElseGet(() -> Replacement.of(field.type(), ERASED)));
        }
    }

    /** Opens the marked fields of an event of the given type, in place; unreadable ones get their replacement. */
    public void open(ObjectNode event, Class<?> type) {
        for (SealedField field : fields.get(type)) {
            JsonNode value = event.get(field.name());
            if (value == null || !value.isString() || !Seal.isSealed(value.asString())) {
                continue; // absent, or written before sealing existed
            }
            String subjectId = field.subject() == null ? null : subjectId(event, field);
            Opened opened = open(value.asString(), subjectId, field.deviceLog());
            JsonNode node;
            if (opened.replacement() != null) {
                node = Replacement.of(field.type(), opened.replacement());
            } else if (field.type() == String.class) {
                node = NODES.stringNode(opened.text());
            } else {
                node = mapper.readTree(opened.text());
            }
            event.set(field.name(), node);
        }
    }

    /** The metadata with its device information sealed (with the key of the account it is about, if known). */
    public MetaData seal(MetaData metaData) {
        String subjectId = metadataSubject(metaData);
        Map<String, Object> values = new HashMap<>(metaData);
        for (String key : DEVICE_METADATA) {
            if (values.get(key) instanceof String text) { // sealed whatever it looks like: it comes from clients
                values.put(key, seal(text, subjectId, true).orElse(ERASED));
            }
        }
        return MetaData.from(values);
    }

    public MetaData open(MetaData metaData) {
        String subjectId = metadataSubject(metaData);
        Map<String, Object> values = new HashMap<>(metaData);
        for (String key : DEVICE_METADATA) {
            if (values.get(key) instanceof String text && Seal.isSealed(text)) {
                Opened opened = open(text, subjectId, true);
                values.put(key, opened.replacement() != null ? opened.replacement() : opened.text());
            }
        }
        return MetaData.from(values);
    }

    /** The subject key naming device information of a UTC day. */
    public static String deviceSubject(LocalDate day) {
        return DEVICE_PREFIX + day;
    }

    public static boolean isDeviceSubject(String subjectId) {
        return subjectId.startsWith(DEVICE_PREFIX);
    }

    /** Empty when the subject's key was destroyed: the caller stores the replacement instead. */
    private Optional<String> seal(String text, String subjectId, boolean deviceLog) {
        String sealed = text;
        if (subjectId != null) {
            Optional<SecretKey> key = keys.keyForWriting(subjectId);
            if (key.isEmpty()) {
                return Optional.empty();
            }
            sealed = Seal.seal(subjectId, key.get(), sealed);
        }
        if (deviceLog) {
            String day = deviceSubject(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
            Optional<SecretKey> key = keys.keyForWriting(day);
            if (key.isEmpty()) {
                return Optional.empty();
            }
            sealed = Seal.seal(day, key.get(), sealed);
        }
        return Optional.of(sealed);
    }

    /**
     * Opens exactly the layers the field was sealed with, outermost first: the day's key, then the subject's.
     * What is inside is plain data whatever it looks like (a client may send text that resembles a seal).
     */
    private Opened open(String sealed, String subjectId, boolean deviceLog) {
        String text = sealed;
        if (deviceLog) {
            String day = Seal.subjectOf(text);
            if (!isDeviceSubject(day)) {
                throw new IllegalStateException("Device information is not sealed with a day key");
            }
            Optional<SecretKey> key = keys.keyForReading(day);
            if (key.isEmpty()) {
                return new Opened(null, EXPIRED);
            }
            text = Seal.open(text, key.get());
        }
        if (subjectId != null) {
            if (!Seal.isSealed(text) || !Seal.subjectOf(text).equals(subjectId)) {
                throw new IllegalStateException("Personal data is not sealed with the key of " + subjectId);
            }
            Optional<SecretKey> key = keys.keyForReading(subjectId);
            if (key.isEmpty()) {
                return new Opened(null, ERASED);
            }
            text = Seal.open(text, key.get());
        }
        return new Opened(text, null);
    }

    private static String metadataSubject(MetaData metaData) {
        return METADATA_SUBJECT_KEYS.stream().map(metaData::get).filter(v -> v instanceof String)
                                    .map(v -> DataSubject.ACCOUNT.subjectId((String) v))
                                    .findFirst().orElse(null);
    }

    private static String subjectId(ObjectNode event, SealedField field) {
        JsonNode id = event.get(field.idFrom());
        if (id == null || !id.isString()) {
            throw new IllegalArgumentException("Personal data field " + field.name() + " has no subject id in "
                                               + field.idFrom());
        }
        return field.subject().subjectId(id.asString());
    }

    private record Opened(String text, String replacement) {
    }

    /** A marked component of an event record. */
    private record SealedField(String name, Class<?> type, DataSubject subject, String idFrom, boolean deviceLog) {

        static List<SealedField> of(Class<?> type) {
            if (!type.isRecord()) {
                return List.of();
            }
            return java.util.Arrays.stream(type.getRecordComponents())
                                   .filter(c -> c.isAnnotationPresent(PersonalData.class)
                                                || c.isAnnotationPresent(DeviceLog.class))
                                   .map(SealedField::of)
                                   .toList();
        }

        private static SealedField of(RecordComponent component) {
            PersonalData personal = component.getAnnotation(PersonalData.class);
            return new SealedField(component.getName(), component.getType(),
                                   personal == null ? null : personal.subject(),
                                   personal == null ? null : personal.idFrom(),
                                   component.isAnnotationPresent(DeviceLog.class));
        }
    }

    /** The replacement of an unreadable field: the marker for strings, the same shape for records, else null. */
    private static final class Replacement {

        static JsonNode of(Class<?> type, String marker) {
            if (type == String.class) {
                return NODES.stringNode(marker);
            }
            if (type.isRecord()) {
                ObjectNode shape = NODES.objectNode();
                for (RecordComponent component : type.getRecordComponents()) {
                    shape.set(component.getName(), of(component.getType(), marker));
                }
                return shape;
            }
            return NODES.nullNode();
        }
    }
}
