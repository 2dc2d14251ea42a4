// SPDX-License-Identifier: GPL-3.0-or-later
#include "beid/partialdate.h"

#include <QTest>

class TestEidDates : public QObject
{
    Q_OBJECT

private slots:
    void birthDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::newRow("nl plain") << "01 JAN 1971"
                                  << "1971-01-01";
        QTest::newRow("fr padded month") << "26 AVR  1975"
                                         << "1975-04-26";
        QTest::newRow("fr dec padded") << "21 DEC  1981"
                                       << "1981-12-21";
        QTest::newRow("nl maar") << "24 MAAR 1969"
                                 << "1969-03-24";
        QTest::newRow("fr mars") << "02 MARS 1990"
                                 << "1990-03-02";
        QTest::newRow("fr fev") << "28 FEV  2004"
                                << "2004-02-28";
        QTest::newRow("fr juil") << "30 JUIL 1985"
                                 << "1985-07-30";
        QTest::newRow("fr aout") << "15 AOUT 1960"
                                 << "1960-08-15";
        QTest::newRow("nl okt") << "03 OKT  2001"
                                << "2001-10-03";
        QTest::newRow("de dots") << "15.MÄR.1980"
                                 << "1980-03-15";
        QTest::newRow("de dot and space") << "15.MÄR 1980"
                                          << "1980-03-15";
        QTest::newRow("de dez") << "24.DEZ.1999"
                                << "1999-12-24";
        QTest::newRow("de mai") << "01.MAI.1950"
                                << "1950-05-01";
        QTest::newRow("year only") << "1975"
                                   << "1975";
        QTest::newRow("blank day and month") << "      1975"
                                             << "1975";
        QTest::newRow("blank day") << "   AVR  1975"
                                   << "1975-04";
        QTest::newRow("day zero") << "00 AVR  1975"
                                  << "1975-04";
        QTest::newRow("leap day") << "29 FEB 2000"
                                  << "2000-02-29";
    }

    void birthDate()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        const auto date = eid::parseBirthDate(text.toStdString());
        QVERIFY2(date.has_value(), qPrintable(text));
        QCOMPARE(QString::fromStdString(date->iso()), iso);
    }

    void birthDate_rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("unknown month") << "01 XYZ 1971";
        QTest::newRow("short year") << "01 JAN 71";
        QTest::newRow("day out of range") << "32 JAN 1971";
        QTest::newRow("no leap") << "29 FEB 1900";
        QTest::newRow("garbage") << "hello world";
    }

    void birthDate_rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!eid::parseBirthDate(text.toStdString()).has_value());
    }

    void dottedDate()
    {
        QCOMPARE(eid::parseDottedDate("23.07.2009")->iso(), std::string("2009-07-23"));
        QVERIFY(!eid::parseDottedDate("23/07/2009"));
        QVERIFY(!eid::parseDottedDate("31.02.2009"));
        QVERIFY(!eid::parseDottedDate("23.13.2009"));
    }
};

QTEST_GUILESS_MAIN(TestEidDates)
#include "tst_eid_dates.moc"
