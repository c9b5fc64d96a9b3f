package io.zhengtong.exchange.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zhengtong.exchange.crypto.CryptoSettings;
import io.zhengtong.exchange.signature.UnitCredentials;
import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.directory.Unit;
import io.zhengtong.platform.test.IntegrationTest;

/** The keys in the real database: wrapped, and the same after a restart (a new store on the same rows). */
@IntegrationTest
class UnitKeyStoreIT {

    @Autowired
    UnitKeyStore keys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CryptoSettings settings;

    @Autowired
    OrganisationDirectory directory;

    UnitKeyStore restarted(KeyStoreProperties properties) {
        return new UnitKeyStore(jdbc, properties, settings, directory, Clock.systemUTC(), new StoredRevocations(jdbc));
    }

    @Test
    void everyUnitOfTheDirectoryHasACertificateFromThePlatformCaAfterStartUp() {
        List<String> stored = jdbc.sql("SELECT name FROM exchange_key").query(String.class).list();

        assertThat(stored).contains("platform-ca", "file-encryption", "unit:gov-office", "unit:education");
        assertThat(stored).containsAll(directory.units().stream().map(unit -> "unit:" + unit.code()).toList());
        UnitCredentials office = keys.credentialsOf("gov-office");
        assertThat(office.unitName()).isEqualTo("凤县人民政府办公室");
        assertThat(office.certificate().getIssuerX500Principal()).isEqualTo(
                keys.platformCa().certificate().getSubjectX500Principal());
    }

    @Test
    void aUnitKeepsItsCertificateAndKeyAfterARestart() throws Exception {
        UnitCredentials before = keys.credentialsOf("education");

        UnitKeyStore afterRestart = restarted(new KeyStoreProperties(null, true, "凤县政通平台"));
        UnitCredentials after = afterRestart.credentialsOf("education");

        assertThat(after.certificate().getEncoded()).isEqualTo(before.certificate().getEncoded());
        assertThat(after.privateKey().getEncoded()).isEqualTo(before.privateKey().getEncoded());
        assertThat(afterRestart.platformCa().certificate().getEncoded())
            .isEqualTo(keys.platformCa().certificate().getEncoded());
        byte[] stored = afterRestart.fileEncryption().encrypt("doc", "正文".getBytes());
        assertThat(keys.fileEncryption().decrypt("doc", stored)).isEqualTo("正文".getBytes());
    }

    @Test
    void theStoredPrivateKeyIsNotInTheDatabaseInTheClearAndDoesNotOpenWithAnotherKek() {
        UnitCredentials office = keys.credentialsOf("gov-office");
        byte[] wrapped = jdbc.sql("SELECT wrapped_private_key FROM exchange_key WHERE name = 'unit:gov-office'")
            .query(byte[].class).single();
        assertThat(java.util.HexFormat.of().formatHex(wrapped)).doesNotContain(java.util.HexFormat.of().formatHex(office.privateKey().getEncoded()));

        String otherKek = Base64.getEncoder().encodeToString("a-different-32-byte-key-for-test".getBytes());
        UnitKeyStore wrongKek = restarted(new KeyStoreProperties(otherKek, false, "凤县政通平台"));
        assertThatThrownBy(() -> wrongKek.credentialsOf("gov-office"))
            .isInstanceOf(KeyWrapping.WrongKeyEncryptionKey.class);
        assertThatThrownBy(wrongKek::platformCa).isInstanceOf(KeyWrapping.WrongKeyEncryptionKey.class);
    }

    @Test
    void unitNamesComeFromTheDirectory() {
        Unit education = directory.unit("education").orElseThrow();
        assertThat(keys.credentialsOf("education").unitName()).isEqualTo(education.fullName());
    }
}
