// SPDX-License-Identifier: GPL-3.0-or-later
// The station's client certificate and key (api/client_cert, api/client_key; issue #13): the
// key file must be the owner's alone (0600), else the station does not start; a usable pair
// goes on every connection; each problem is one typed value with one message.

#include "api/cityapiclient.h"
#include "api/tlspolicy.h"
#include "fakecityserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using Error = TlsPolicy::ClientIdentityError;
Q_DECLARE_METATYPE(TlsPolicy::ClientIdentityError)

class TestTlsPolicy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestIdentity m_station;
    QString m_cert;

    QString keyFile(const QString& name, QFile::Permissions permissions)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(m_station.keyPem) < 0)
            return {};
        f.close();
        return QFile::setPermissions(path, permissions) ? path : QString();
    }

private slots:
    void initTestCase()
    {
        const TestIdentity ca = TestCertificates::authority("Test City CA");
        m_station = TestCertificates::server(ca, "DNS:kiosk-1.invalid");
        m_cert = m_dir.filePath("station.pem");
        QVERIFY(TestCertificates::writePem(m_station, m_cert));
    }

    void keyModes_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<Error>("expected");
        QTest::newRow("0600") << 0600 << Error::None;
        QTest::newRow("0400") << 0400 << Error::None;
        QTest::newRow("0640 (group reads)") << 0640 << Error::KeyNotPrivate;
        QTest::newRow("0644 (everyone reads)") << 0644 << Error::KeyNotPrivate;
        QTest::newRow("0602 (others write)") << 0602 << Error::KeyNotPrivate;
        QTest::newRow("0610 (group executes)") << 0610 << Error::KeyNotPrivate;
    }
    void keyModes()
    {
        QFETCH(int, mode);
        QFETCH(Error, expected);
        QFile::Permissions p;
        const std::pair<int, QFile::Permission> bits[] = { { 0400, QFile::ReadOwner },
            { 0200, QFile::WriteOwner }, { 0100, QFile::ExeOwner }, { 0040, QFile::ReadGroup },
            { 0020, QFile::WriteGroup }, { 0010, QFile::ExeGroup }, { 0004, QFile::ReadOther },
            { 0002, QFile::WriteOther }, { 0001, QFile::ExeOther } };
        for (const auto& [bit, permission] : bits) {
            if (mode & bit)
                p |= permission;
        }
        const QString key = keyFile(QStringLiteral("key-%1").arg(mode, 0, 8), p);
        QVERIFY(!key.isEmpty());
        QCOMPARE(TlsPolicy::loadClientIdentity(m_cert, key), expected);

        const TlsPolicy policy(QString(), QString(), m_cert, key);
        QCOMPARE(policy.clientIdentityError(), expected);
        QCOMPARE(policy.isValid(), expected == Error::None);
        // Only a usable pair is ever presented.
        QCOMPARE(policy.configuration().localCertificate().isNull(), expected != Error::None);
        if (expected == Error::None) {
            QCOMPARE(policy.configuration().localCertificate(), m_station.certificate);
            QVERIFY(!policy.configuration().privateKey().isNull());
        }
    }

    void otherProblems()
    {
        const QString key = keyFile(QStringLiteral("ok.key"), QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(TlsPolicy::loadClientIdentity({}, {}), Error::None); // no station identity
        QCOMPARE(TlsPolicy::loadClientIdentity(m_cert, {}), Error::OnlyOneGiven);
        QCOMPARE(TlsPolicy::loadClientIdentity({}, key), Error::OnlyOneGiven);
        QCOMPARE(TlsPolicy::loadClientIdentity(m_dir.filePath("none.pem"), key),
            Error::CertificateUnreadable);
        QCOMPARE(TlsPolicy::loadClientIdentity(key, key), Error::CertificateUnreadable);
        QCOMPARE(TlsPolicy::loadClientIdentity(m_cert, m_dir.filePath("none.key")),
            Error::KeyUnreadable);
        // A certificate where the key should be: not a private key.
        QFile::copy(m_cert, m_dir.filePath("cert-as-key"));
        QFile::setPermissions(m_dir.filePath("cert-as-key"), QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(TlsPolicy::loadClientIdentity(m_cert, m_dir.filePath("cert-as-key")),
            Error::KeyUnreadable);
    }

    void oneMessagePerProblem()
    {
        QVERIFY(TlsPolicy::message(Error::None, "c", "k").isEmpty());
        QStringList seen;
        for (Error e : { Error::OnlyOneGiven, Error::CertificateUnreadable, Error::KeyUnreadable,
                 Error::KeyNotPrivate }) {
            const QString text
                = TlsPolicy::message(e, "/etc/eguichet/station.pem", "/etc/eguichet/station.key");
            QVERIFY(!text.isEmpty());
            QVERIFY(!seen.contains(text));
            seen << text;
        }
        QVERIFY(TlsPolicy::message(Error::KeyNotPrivate, "c", "/etc/eguichet/station.key")
                    .contains("/etc/eguichet/station.key"));
        QVERIFY(TlsPolicy::message(Error::KeyNotPrivate, "c", "k").contains("600"));
    }

    void anOpenKeyMakesNoCall()
    {
        // The client refuses every call rather than talk to the city as a half-configured
        // station (the app does not even start: main.cpp).
        const QString key = keyFile(QStringLiteral("open.key"),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        const TestIdentity ca = TestCertificates::authority("City CA");
        FakeCityServer city(TestCertificates::server(ca, "IP:127.0.0.1"));
        QVERIFY(TestCertificates::writePem(ca, m_dir.filePath("ca.pem")));
        ApiSettings settings;
        settings.baseUrl = QUrl(city.baseUrl());
        settings.caFile = m_dir.filePath("ca.pem");
        settings.clientCertFile = m_cert;
        settings.clientKeyFile = key;
        QNetworkAccessManager network;
        CityApiClient api(settings, &network);
        ApiError::Code error = ApiError::None;
        bool done = false;
        api.get("/services", nullptr, [&](const ApiResult& r) {
            error = r.error;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(error, ApiError::NotConfigured);
        QVERIFY(city.hits.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTlsPolicy)
#include "tst_tlspolicy.moc"
