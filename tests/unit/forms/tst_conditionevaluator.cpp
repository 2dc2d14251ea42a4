// SPDX-License-Identifier: GPL-3.0-or-later
// The expression grammar of docs/api/form-schema.md: precedence, literals, functions,
// comparisons across types, and syntax errors with their position.

#include "forms/conditionevaluator.h"
#include "forms/expressionparser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class TestConditionEvaluator : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_values;

    QJsonValue eval(const QString& text)
    {
        ExpressionError error;
        const ExpressionPtr expression = ExpressionParser::parse(text, &error);
        if (!expression) {
            qWarning() << text << error.position << error.message;
            return QJsonValue(QStringLiteral("<syntax error>"));
        }
        return ConditionEvaluator::evaluate(*expression, [this](const QString& id) {
            return m_values.contains(id) ? m_values.value(id) : QJsonValue(QJsonValue::Null);
        });
    }

private slots:
    void init()
    {
        m_values = QJsonObject { { QStringLiteral("who"), QStringLiteral("child") },
            { QStringLiteral("copies"), QStringLiteral("3") },
            { QStringLiteral("name"), QStringLiteral("O'Neill") },
            { QStringLiteral("docs"),
                QJsonArray { QStringLiteral("birth"), QStringLiteral("id") } },
            { QStringLiteral("agree"), true },
            { QStringLiteral("since"), QStringLiteral("2020-05-01") },
            { QStringLiteral("blank"), QString() } };
    }

    void evaluates_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QJsonValue>("expected");
        const QJsonValue yes(true);
        const QJsonValue no(false);
        QTest::newRow("literal true") << "true" << yes;
        QTest::newRow("and binds tighter than or") << "true or false and false" << yes;
        QTest::newRow("parentheses") << "(true or false) and false" << no;
        QTest::newRow("not binds tighter than and") << "not false and false" << no;
        QTest::newRow("double not") << "not not true" << yes;
        QTest::newRow("compare below not") << "not who == 'me'" << yes;
        QTest::newRow("sum below compare") << "copies + 2 == 5" << yes;
        QTest::newRow("left-assoc minus") << "10 - 3 - 2" << QJsonValue(5.0);
        QTest::newRow("decimal") << "1.5 + 1" << QJsonValue(2.5);
        QTest::newRow("string field") << "who == 'child'" << yes;
        QTest::newRow("string != ") << "who != 'me'" << yes;
        QTest::newRow("escaped quote") << "name == 'O\\'Neill'" << yes;
        QTest::newRow("numeric string vs number") << "copies <= 20" << yes;
        QTest::newRow("numeric string vs number >") << "copies > 3" << no;
        QTest::newRow("non-numeric string vs number ==") << "who == 1" << no;
        QTest::newRow("non-numeric string vs number !=") << "who != 1" << no;
        QTest::newRow("null == null") << "null == null" << yes;
        QTest::newRow("unset field is null") << "nothing == null" << yes;
        QTest::newRow("set field is not null") << "who == null" << no;
        QTest::newRow("null not ordered") << "nothing < 1" << no;
        QTest::newRow("dates as strings") << "since >= '2019-12-31'" << yes;
        QTest::newRow("dates as strings, later") << "since < '2020-04-30'" << no;
        QTest::newRow("empty null") << "empty(nothing)" << yes;
        QTest::newRow("empty blank") << "empty(blank)" << yes;
        QTest::newRow("empty set") << "empty(who)" << no;
        QTest::newRow("len string") << "len(who)" << QJsonValue(5.0);
        QTest::newRow("len array") << "len(docs) == 2" << yes;
        QTest::newRow("contains") << "contains(docs, 'birth')" << yes;
        QTest::newRow("contains absent") << "contains(docs, 'death')" << no;
        QTest::newRow("bool field") << "agree and true" << yes;
        QTest::newRow("bool equals") << "agree == true" << yes;
        QTest::newRow("string concatenation") << "'a' + 'b' == 'ab'" << yes;
        QTest::newRow("truthy zero") << "0 or false" << no;
        QTest::newRow("truthy empty string") << "'' or blank" << no;
    }
    void evaluates()
    {
        QFETCH(QString, expression);
        QFETCH(QJsonValue, expected);
        QCOMPARE(eval(expression), expected);
    }

    void truthiness()
    {
        QVERIFY(!ConditionEvaluator::truthy(QJsonValue(QJsonValue::Null)));
        QVERIFY(!ConditionEvaluator::truthy(QJsonArray()));
        QVERIFY(!ConditionEvaluator::truthy(0.0));
        QVERIFY(!ConditionEvaluator::truthy(QString()));
        QVERIFY(ConditionEvaluator::truthy(QJsonArray { 1 }));
        QVERIFY(ConditionEvaluator::truthy(QStringLiteral("0")));
        QVERIFY(ConditionEvaluator::truthy(-1.0));
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("position");
        QTest::newRow("empty") << "" << 0;
        QTest::newRow("dangling operator") << "a ==" << 4;
        QTest::newRow("unterminated string") << "a == 'x" << 5;
        QTest::newRow("unknown character") << "a == 1 ; b" << 7;
        QTest::newRow("unknown function") << "size(a)" << 0;
        QTest::newRow("missing paren") << "(a == 1" << 7;
        QTest::newRow("extra paren") << "a == 1)" << 6;
        QTest::newRow("chained comparison") << "1 < 2 < 3" << 6;
        QTest::newRow("double-quoted string") << "a == \"x\"" << 5;
        QTest::newRow("wrong arity") << "contains(a)" << 10;
        QTest::newRow("keyword as value") << "a == and" << 5;
        QTest::newRow("single =") << "a = 1" << 2;
        QTest::newRow("bad decimal") << "1. + 2" << 2;
    }
    void syntaxErrors()
    {
        QFETCH(QString, expression);
        QFETCH(int, position);
        ExpressionError error;
        QVERIFY(!ExpressionParser::parse(expression, &error));
        QVERIFY(error.isError());
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(error.position, position);
    }

    // A hostile schema used to overflow the stack (found by tests/fuzz/fuzz_expression).
    void limits_deepOrLongExpressionsAreRefusedNotFatal_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("accepted");
        const auto parens = [](int n) {
            return QString(n, QLatin1Char('(')) + QStringLiteral("a")
                + QString(n, QLatin1Char(')'));
        };
        QTest::newRow("31 parentheses") << parens(31) << true;
        QTest::newRow("40 parentheses") << parens(40) << false;
        QTest::newRow("100000 parentheses") << parens(100000) << false;
        QTest::newRow("30 nots") << QStringLiteral("not ").repeated(30) + QStringLiteral("a")
                                 << true;
        QTest::newRow("100000 nots")
            << QStringLiteral("not ").repeated(100000) + QStringLiteral("a") << false;
        QTest::newRow("nested calls") << QStringLiteral("len(").repeated(50) + QStringLiteral("a")
                + QString(50, QLatin1Char(')'))
                                      << false;
        QTest::newRow("249 additions")
            << QStringLiteral("a") + QStringLiteral(" + 1").repeated(249) << true;
        QTest::newRow("200000 additions")
            << QStringLiteral("a") + QStringLiteral(" + 1").repeated(200000) << false;
    }
    void limits_deepOrLongExpressionsAreRefusedNotFatal()
    {
        QFETCH(QString, expression);
        QFETCH(bool, accepted);
        ExpressionError error;
        const ExpressionPtr parsed = ExpressionParser::parse(expression, &error);
        QCOMPARE(parsed != nullptr, accepted);
        if (accepted) {
            ConditionEvaluator::isTrue(*parsed, [](const QString&) { return QJsonValue(1); });
        } else {
            QVERIFY(error.position >= 0 && error.position < expression.size());
            QVERIFY(error.message.contains(QLatin1String("nested"))
                || error.message.contains(QLatin1String("tokens")));
        }
    }

    void fieldNamesAreCollected()
    {
        const ExpressionPtr e = ExpressionParser::parse(
            QStringLiteral("a == 1 and (empty(b) or contains(c, 'x'))"), nullptr);
        QVERIFY(e);
        QStringList names = e->fieldNames();
        names.sort();
        QCOMPARE(
            names, (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
    }
};

QTEST_GUILESS_MAIN(TestConditionEvaluator)
#include "tst_conditionevaluator.moc"
