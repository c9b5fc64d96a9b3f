package io.zhengtong.mailbox.store;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Encrypts a personal-data column on write and decrypts it on read; Hibernate gets it from Spring, with the key. */
@Converter
public class PersonalDataConverter implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;

    public PersonalDataConverter(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return cipher.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return cipher.decrypt(column);
    }
}
