/** Unit certificates for the platform administrator: see, revoke (吊销) and renew (更换). */
package io.zhengtong.exchange.certificate;
