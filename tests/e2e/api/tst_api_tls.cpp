// SPDX-License-Identifier: GPL-3.0-or-later
// The TLS variants the app-core tests rely on: valid, expired, wrong host name; and a
// client that does not trust the sandbox CA.
#include "apiclient.h"
#include "sandboxprocess.h"

#include <QtTest>

class TestApiTls : public QObject
{
    Q_OBJECT

    static bool hasError(const ApiReply& r, QSslError::SslError wanted)
    {
        for (const QSslError& e : r.sslErrors) {
            if (e.error() == wanted)
                return true;
        }
        return false;
    }

private slots:
    void valid_certificate_is_trusted_through_the_dev_ca()
    {
        SandboxProcess sandbox;
        QString why;
        QVERIFY2(sandbox.start({ "--no-demo-data" }, &why), qPrintable(why));
        QVERIFY(QFile::exists(sandbox.stateDir() + "/tls/ca.pem"));
        ApiClient api(sandbox.apiUrl(), sandbox.ca());
        const ApiReply r = api.call("GET", "/categories");
        QCOMPARE(r.status, 200);
        QVERIFY(r.sslErrors.isEmpty());

        // "localhost" is in the certificate too.
        QUrl byName = sandbox.apiUrl();
        byName.setHost("localhost");
        ApiClient named(byName, sandbox.ca());
        QCOMPARE(named.call("GET", "/categories").status, 200);

        // A client trusting only another CA refuses the server.
        SandboxProcess other;
        QVERIFY2(other.start({ "--no-demo-data" }, &why), qPrintable(why));
        ApiClient stranger(sandbox.apiUrl(), other.ca());
        const ApiReply refused = stranger.call("GET", "/categories");
        QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
        QVERIFY(hasError(refused, QSslError::UnableToGetLocalIssuerCertificate)
            || hasError(refused, QSslError::SelfSignedCertificateInChain)
            || hasError(refused, QSslError::CertificateUntrusted));
    }

    void expired_variant_fails_with_certificate_expired()
    {
        SandboxProcess sandbox;
        QString why;
        QVERIFY2(
            sandbox.start({ "--tls-variant", "expired", "--no-demo-data" }, &why), qPrintable(why));
        QVERIFY(QFile::exists(sandbox.stateDir() + "/tls/expired.pem"));
        ApiClient api(sandbox.apiUrl(), sandbox.ca());
        const ApiReply r = api.call("GET", "/categories");
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        QVERIFY(hasError(r, QSslError::CertificateExpired));
        QVERIFY(!hasError(r, QSslError::HostNameMismatch));
    }

    void wrong_host_variant_fails_with_host_name_mismatch()
    {
        SandboxProcess sandbox;
        QString why;
        QVERIFY2(sandbox.start({ "--tls-variant", "wrong-host", "--no-demo-data" }, &why),
            qPrintable(why));
        ApiClient api(sandbox.apiUrl(), sandbox.ca());
        const ApiReply r = api.call("GET", "/categories");
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        QVERIFY(hasError(r, QSslError::HostNameMismatch));
        QVERIFY(!hasError(r, QSslError::CertificateExpired));
    }

    void options_are_checked()
    {
        QProcess p;
        p.start(QStringLiteral(EGUICHET_SANDBOX_BINARY),
            { "--tls-variant", "bogus", "--state-dir", "/tmp" });
        QVERIFY(p.waitForFinished(5000));
        QVERIFY(p.exitCode() != 0);
        QVERIFY(p.readAllStandardError().contains("tls-variant"));
    }
};

QTEST_GUILESS_MAIN(TestApiTls)
#include "tst_api_tls.moc"
