package io.zhengtong.gateway.session;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON inside the encrypted cookies: compact, tolerant of fields added later. */
final class SessionJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private SessionJson() {
	}

	static byte[] write(Object value) {
		return MAPPER.writeValueAsBytes(value);
	}

	/** The value, or null if the bytes are not a valid payload of this type. */
	static <T> @Nullable T read(byte[] json, Class<T> type) {
		try {
			return MAPPER.readValue(json, type);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
