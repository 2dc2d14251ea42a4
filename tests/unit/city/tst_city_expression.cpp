// SPDX-License-Identifier: GPL-3.0-or-later
// The condition grammar of docs/api/form-schema.md, as the server evaluates it.
#include "expression.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

class TestCityExpression : public QObject
{
    Q_OBJECT

    static QJsonValue eval(const QString& text, const QJsonObject& values = {})
    {
        QString error;
        const Expression e = Expression::parse(text, &error);
        if (!e.isValid())
            return QStringLiteral("SYNTAX: ") + error;
        return e.evaluate([&values](const QString& id) { return values.value(id); });
    }

private slots:
    void evaluates_per_the_contract_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QJsonObject>("values");
        QTest::addColumn<QJsonValue>("expected");
        const QJsonObject v { { "beneficiary", "third_party" }, { "copies", "3" },
            { "date", "2024-05-01" }, { "items", QJsonArray { "a", "b" } },
            { "empty_list", QJsonArray {} }, { "name", "O'Neil" }, { "word", "abc" } };
        QTest::newRow("true") << "true" << v << QJsonValue(true);
        QTest::newRow("string equality") << "beneficiary == 'third_party'" << v << QJsonValue(true);
        QTest::newRow("string inequality") << "beneficiary != 'me'" << v << QJsonValue(true);
        QTest::newRow("string vs number converts") << "copies <= 20" << v << QJsonValue(true);
        QTest::newRow("converted equality") << "copies == 3" << v << QJsonValue(true);
        QTest::newRow("non-numeric string vs number is false")
            << "word < 5" << v << QJsonValue(false);
        QTest::newRow("non-numeric != number is false too")
            << "word != 5" << v << QJsonValue(false);
        QTest::newRow("dates compare as strings")
            << "date >= '2024-01-31'" << v << QJsonValue(true);
        QTest::newRow("unset is null") << "missing == null" << v << QJsonValue(true);
        QTest::newRow("null == null") << "null == null" << v << QJsonValue(true);
        QTest::newRow("null vs value") << "missing == 'x'" << v << QJsonValue(false);
        QTest::newRow("null ordering is false") << "missing < 3" << v << QJsonValue(false);
        QTest::newRow("and/or precedence") << "true or false and false" << v << QJsonValue(true);
        QTest::newRow("parentheses") << "(true or false) and false" << v << QJsonValue(false);
        QTest::newRow("not binds tighter than and")
            << "not false and true" << v << QJsonValue(true);
        QTest::newRow("double not") << "not not copies" << v << QJsonValue(true);
        QTest::newRow("sum") << "copies + 2" << v << QJsonValue(5.0);
        QTest::newRow("difference") << "10 - copies - 1" << v << QJsonValue(6.0);
        QTest::newRow("text + number joins") << "word + 3" << v << QJsonValue("abc3");
        QTest::newRow("text + null is null") << "word + missing" << v << QJsonValue();
        QTest::newRow("bools are ordered") << "true > false" << v << QJsonValue(true);
        QTest::newRow("mixed kinds are unordered") << "word > true" << v << QJsonValue(false);
        QTest::newRow("mixed kinds differ") << "word != true" << v << QJsonValue(true);
        QTest::newRow("decimals") << "1.5 + 1.25 == 2.75" << v << QJsonValue(true);
        QTest::newRow("empty of null") << "empty(missing)" << v << QJsonValue(true);
        QTest::newRow("empty of []") << "empty(empty_list)" << v << QJsonValue(true);
        QTest::newRow("empty of value") << "empty(word)" << v << QJsonValue(false);
        QTest::newRow("len string") << "len(word)" << v << QJsonValue(3.0);
        QTest::newRow("len array") << "len(items) == 2" << v << QJsonValue(true);
        QTest::newRow("contains") << "contains(items, 'b')" << v << QJsonValue(true);
        QTest::newRow("contains not") << "contains(items, 'z')" << v << QJsonValue(false);
        QTest::newRow("escaped quote") << "name == 'O\\'Neil'" << v << QJsonValue(true);
        QTest::newRow("comparison in sum position") << "len(word) + 1 > 3" << v << QJsonValue(true);
    }
    void evaluates_per_the_contract()
    {
        QFETCH(QString, expr);
        QFETCH(QJsonObject, values);
        QFETCH(QJsonValue, expected);
        QCOMPARE(eval(expr, values), expected);
    }

    void truthiness()
    {
        QVERIFY(!Expression::truthy(QJsonValue(false)));
        QVERIFY(!Expression::truthy(QJsonValue()));
        QVERIFY(!Expression::truthy(QJsonValue(0)));
        QVERIFY(!Expression::truthy(QJsonValue("")));
        QVERIFY(!Expression::truthy(QJsonArray()));
        QVERIFY(Expression::truthy(QJsonValue("0")));
        QVERIFY(Expression::truthy(QJsonArray { 1 }));
        QVERIFY(Expression::truthy(QJsonValue(-1)));
    }

    void syntax_errors_are_refused_data()
    {
        QTest::addColumn<QString>("expr");
        for (const char* bad :
            { "", "a ==", "(a", "a b", "'open", "unknown(a)", "len(a, b)", "contains(a)", "a === b",
                "a & b", "and", "1 +", "Upper == 1", "a == 'x' or", "not" })
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void syntax_errors_are_refused()
    {
        QFETCH(QString, expr);
        QString error;
        QVERIFY(!Expression::parse(expr, &error).isValid());
        QVERIFY(!error.isEmpty());
    }

    // The contract's limits, the same as the app's (docs/api/form-schema.md).
    void limits_match_the_app()
    {
        const auto parens = [](int n) {
            return QString(n, QLatin1Char('(')) + QStringLiteral("a")
                + QString(n, QLatin1Char(')'));
        };
        QString error;
        QVERIFY(Expression::parse(parens(31), &error).isValid());
        QVERIFY(!Expression::parse(parens(40), &error).isValid());
        QVERIFY(error.contains(QLatin1String("nested")));
        QVERIFY(!Expression::parse(parens(100000), &error).isValid());
        QVERIFY(
            !Expression::parse(QStringLiteral("not ").repeated(100000) + "a", &error).isValid());
        QVERIFY(Expression::parse("a" + QStringLiteral(" + 1").repeated(249), &error).isValid());
        QVERIFY(!Expression::parse("a" + QStringLiteral(" + 1").repeated(250), &error).isValid());
        QVERIFY(error.contains(QLatin1String("tokens")));
    }

    void identifiers_are_listed()
    {
        QStringList ids
            = Expression::parse("a == 'x' and (b or not c) and len(a) > d").identifiers();
        ids.sort();
        QCOMPARE(ids, (QStringList { "a", "b", "c", "d" }));
    }
};

QTEST_GUILESS_MAIN(TestCityExpression)
#include "tst_city_expression.moc"
