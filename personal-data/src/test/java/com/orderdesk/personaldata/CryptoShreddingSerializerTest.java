package com.orderdesk.personaldata;

import com.orderdesk.events.account.LoginSucceeded;
import com.orderdesk.events.order.CustomerContact;
import com.orderdesk.events.order.OrderLine;
import com.orderdesk.events.order.OrderRecorded;
import com.orderdesk.events.order.ShippingAddress;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CryptoShreddingSerializerTest {

    private final KeyMap keys = new KeyMap();
    private final Jackson3Serializer json = Jackson3Serializer.builder().build();
    private final CryptoShreddingSerializer serializer = new CryptoShreddingSerializer(
            json, new PersonalDataCodec(keys, json.getObjectMapper(),
                                        Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC)));

    private final OrderRecorded order = new OrderRecorded(
            "o-1", "w-1", "EXT-1", "Tmall", null, "CNY",
            List.of(new OrderLine("SKU-1", "茶杯", 1, new BigDecimal("19.90"), new BigDecimal("19.90"))),
            new BigDecimal("19.90"),
            new CustomerContact("王小明", "+8613800000000",
                                new ShippingAddress("CN", "浙江", "杭州", "西湖路 1 号", "310000")),
            "请尽快发货", List.of());

    @Test
    void personalDataIsStoredSealedAndReadBackWhileTheKeyLives() {
        SerializedObject<byte[]> stored = serializer.serialize(order, byte[].class);

        String text = new String(stored.getData(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("王小明", "+8613800000000", "西湖路", "请尽快发货")
                        .contains("\"externalOrderNumber\":\"EXT-1\"", "pd1:customer:o-1:");
        assertThat(stored.getType().getName()).isEqualTo(OrderRecorded.class.getName());
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(order);
    }

    @Test
    void afterErasureTheFieldsReadAsTheReplacementInTheSameShapeAndTheRestIsIntact() {
        SerializedObject<byte[]> stored = serializer.serialize(order, byte[].class);
        keys.destroy("customer:o-1");

        OrderRecorded erased = serializer.deserialize(stored);

        assertThat(erased.customer()).isEqualTo(new CustomerContact(
                "[erased]", "[erased]", new ShippingAddress("[erased]", "[erased]", "[erased]", "[erased]",
                                                            "[erased]")));
        assertThat(erased.buyerNote()).isEqualTo("[erased]");
        assertThat(erased.total()).isEqualByComparingTo("19.90");
        assertThat(erased.lines()).isEqualTo(order.lines());
    }

    @Test
    void deviceInformationNeedsBothTheAccountKeyAndTheKeyOfItsDay() {
        LoginSucceeded login = new LoginSucceeded("a-1", "203.0.113.7", "Firefox", true, false, false);
        SerializedObject<byte[]> stored = serializer.serialize(login, byte[].class);
        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).doesNotContain("203.0.113.7", "Firefox")
                                                                        .contains("pd1:device:2026-11-22:");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(login);

        keys.destroy("device:2026-11-22");
        LoginSucceeded expired = serializer.deserialize(stored);
        assertThat(expired.clientIp()).isEqualTo("[expired]");
        assertThat(expired.userAgent()).isEqualTo("[expired]");
        assertThat(expired.newIp()).isTrue();

        keys.put("device:2026-11-22", keys.destroyed.get("device:2026-11-22"));
        keys.destroy("account:a-1");
        assertThat(((LoginSucceeded) serializer.deserialize(stored)).clientIp()).isEqualTo("[erased]");
    }

    @Test
    void metadataDeviceInformationIsSealedWithTheActorsKeyAndOtherEntriesStayPlain() {
        MetaData meta = MetaData.from(Map.of("actorId", "a-9", "clientIp", "198.51.100.4", "userAgent", "curl",
                                             "requestId", "r-1"));
        SerializedObject<byte[]> stored = serializer.serialize(meta, byte[].class);
        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).doesNotContain("198.51.100.4")
                                                                        .contains("r-1", "a-9");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(meta);

        keys.destroy("account:a-9");
        MetaData erased = serializer.deserialize(stored);
        assertThat(erased.get("clientIp")).isEqualTo("[erased]");
        assertThat(erased.get("requestId")).isEqualTo("r-1");
    }

    @Test
    void anErasedSubjectGetsNoNewKeyAndLaterDataIsStoredAsTheReplacement() {
        keys.destroy("customer:o-1");

        SerializedObject<byte[]> stored = serializer.serialize(order, byte[].class);

        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).doesNotContain("王小明");
        assertThat(((OrderRecorded) serializer.deserialize(stored)).buyerNote()).isEqualTo("[erased]");
    }

    @Test
    void textThatLooksSealedIsPlainDataAndReadsBackAsSent() {
        String crafted = "pd1:device:2026-11-22:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==";
        LoginSucceeded login = new LoginSucceeded("a-1", "203.0.113.7", crafted, false, false, false);
        MetaData meta = MetaData.from(Map.of("actorId", "a-1", "userAgent", crafted));

        assertThat((Object) serializer.deserialize(serializer.serialize(login, byte[].class))).isEqualTo(login);
        assertThat((Object) serializer.deserialize(serializer.serialize(meta, byte[].class))).isEqualTo(meta);
    }

    @Test
    void eventsWrittenBeforeSealingExistedAreReadAsTheyAre() {
        SerializedObject<byte[]> plain = json.serialize(order, byte[].class);
        assertThat((Object) serializer.deserialize(plain)).isEqualTo(order);
    }

    @Test
    void aSealedValueMovedToAnotherSubjectDoesNotAuthenticate() {
        String text = new String(serializer.serialize(order, byte[].class).getData(), StandardCharsets.UTF_8);
        keys.keyForWriting("customer:o-2");
        String moved = text.replace("pd1:customer:o-1:", "pd1:customer:o-2:");
        SerializedObject<byte[]> tampered = new SimpleSerializedObject<>(
                moved.getBytes(StandardCharsets.UTF_8), byte[].class, serializer.typeForClass(OrderRecorded.class));

        assertThatThrownBy(() -> serializer.deserialize(tampered))
                .hasMessageContaining("not sealed with the key of customer:o-1");
    }

    /** Keys in a map: this is a unit test of the sealing; JdbcSubjectKeys is tested against PostgreSQL. */
    private static final class KeyMap implements SubjectKeys {
        private final Map<String, SecretKey> live = new HashMap<>();
        private final Map<String, SecretKey> destroyed = new HashMap<>();
        private int next;

        @Override
        public Optional<SecretKey> keyForWriting(String subjectId) {
            if (destroyed.containsKey(subjectId)) {
                return Optional.empty();
            }
            return Optional.of(live.computeIfAbsent(subjectId, id -> {
                byte[] secret = new byte[32];
                secret[0] = (byte) ++next;
                return new SecretKeySpec(secret, "AES");
            }));
        }

        @Override
        public Optional<SecretKey> keyForReading(String subjectId) {
            return Optional.ofNullable(live.get(subjectId));
        }

        void destroy(String subjectId) {
            destroyed.put(subjectId, live.remove(subjectId));
        }

        void put(String subjectId, SecretKey key) {
            destroyed.remove(subjectId);
            live.put(subjectId, key);
        }
    }
}
