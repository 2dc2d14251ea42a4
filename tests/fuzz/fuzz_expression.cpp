// SPDX-License-Identifier: GPL-3.0-or-later
// The condition grammar (docs/api/form-schema.md) as a hostile city could write it: any text
// either parses or is refused with a position inside the text; a parsed expression evaluates
// against any values without crashing, and parsing is deterministic.
#include "forms/conditionevaluator.h"
#include "forms/expressionparser.h"
#include "fuzztarget.h"

#include <QJsonArray>
#include <QString>

namespace {

FuzzInput text(const char* s)
{
    return FuzzInput(s, s + std::char_traits<char>::length(s));
}

} // namespace

std::vector<FuzzInput> fuzzSeeds()
{
    std::vector<FuzzInput> seeds;
    for (const char* s :
        { "true", "copies >= 1 and copies <= 20", "not empty(reason) or len(name) > 2",
            "contains(documents, 'acte') and (a + 1 == 2 or b - 3 != c)",
            "x == 'l\\'eau' and y < 3.5 and z == null and w == false",
            "((a or b) and not (c or d)) or len(e) >= 10" })
        seeds.push_back(text(s));
    // Nesting a city would never send but a hostile server could.
    seeds.push_back(text((std::string(200, '(') + "a" + std::string(200, ')')).c_str()));
    std::string nots;
    for (int i = 0; i < 200; ++i)
        nots += "not ";
    seeds.push_back(text((nots + "a").c_str()));
    std::string sum = "a";
    for (int i = 0; i < 300; ++i)
        sum += " + 1";
    seeds.push_back(text(sum.c_str()));
    return seeds;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString source
        = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    ExpressionError error;
    const ExpressionPtr expression = ExpressionParser::parse(source, &error);
    FUZZ_CHECK((expression == nullptr) == error.isError());
    if (!expression) {
        FUZZ_CHECK(error.position >= 0 && error.position <= source.size());
        FUZZ_CHECK(!error.message.isEmpty());
        return 0;
    }
    ExpressionError again;
    FUZZ_CHECK(ExpressionParser::parse(source, &again) != nullptr);

    // Every field answers a different kind of value, picked from the field's name.
    const ConditionEvaluator::Lookup lookup = [](const QString& field) -> QJsonValue {
        switch (qHash(field) % 6) {
        case 0:
            return QJsonValue();
        case 1:
            return 3;
        case 2:
            return QStringLiteral("abc");
        case 3:
            return QJsonArray { QStringLiteral("acte"), 2 };
        case 4:
            return true;
        default:
            return QStringLiteral("12");
        }
    };
    ConditionEvaluator::isTrue(*expression, lookup);
    expression->fieldNames();
    return 0;
}
