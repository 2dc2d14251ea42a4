// SPDX-License-Identifier: GPL-3.0-or-later
#include "expressionparser.h"

#include <optional>

namespace {

struct Token
{
    enum class Type { End, Number, String, Ident, Operator, LeftParen, RightParen, Comma };
    Type type = Type::End;
    QString text; // identifier, operator, or the unescaped string
    double number = 0;
    int position = 0;
};

class Tokenizer
{
public:
    explicit Tokenizer(const QString& text)
        : m_text(text)
    { }

    /** Returns false and fills *error on a character the grammar does not know. */
    bool tokenize(std::vector<Token>* out, ExpressionError* error)
    {
        int i = 0;
        const int n = m_text.size();
        while (i < n) {
            const QChar c = m_text.at(i);
            if (c.isSpace()) {
                ++i;
                continue;
            }
            Token token;
            token.position = i;
            if (c.isDigit()) {
                int j = i;
                while (j < n && m_text.at(j).isDigit())
                    ++j;
                if (j < n && m_text.at(j) == QLatin1Char('.')) {
                    ++j;
                    if (j >= n || !m_text.at(j).isDigit())
                        return fail(error, j, QStringLiteral("digit expected after '.'"));
                    while (j < n && m_text.at(j).isDigit())
                        ++j;
                }
                token.type = Token::Type::Number;
                token.number = m_text.mid(i, j - i).toDouble();
                i = j;
            } else if (c == QLatin1Char('\'')) {
                int j = i + 1;
                QString value;
                bool closed = false;
                while (j < n) {
                    const QChar d = m_text.at(j);
                    if (d == QLatin1Char('\\') && j + 1 < n
                        && m_text.at(j + 1) == QLatin1Char('\'')) {
                        value.append(QLatin1Char('\''));
                        j += 2;
                    } else if (d == QLatin1Char('\'')) {
                        closed = true;
                        ++j;
                        break;
                    } else {
                        value.append(d);
                        ++j;
                    }
                }
                if (!closed)
                    return fail(error, i, QStringLiteral("unterminated string"));
                token.type = Token::Type::String;
                token.text = value;
                i = j;
            } else if (c.isLetter() || c == QLatin1Char('_')) {
                int j = i;
                while (
                    j < n && (m_text.at(j).isLetterOrNumber() || m_text.at(j) == QLatin1Char('_')))
                    ++j;
                token.type = Token::Type::Ident;
                token.text = m_text.mid(i, j - i);
                i = j;
            } else if (c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char(',')) {
                token.type = c == QLatin1Char('(') ? Token::Type::LeftParen
                    : c == QLatin1Char(')')        ? Token::Type::RightParen
                                                   : Token::Type::Comma;
                ++i;
            } else {
                static const QStringList operators { QStringLiteral("=="), QStringLiteral("!="),
                    QStringLiteral("<="), QStringLiteral(">="), QStringLiteral("<"),
                    QStringLiteral(">"), QStringLiteral("+"), QStringLiteral("-") };
                QString found;
                for (const QString& op : operators) {
                    if (m_text.mid(i, op.size()) == op) {
                        found = op;
                        break;
                    }
                }
                if (found.isEmpty())
                    return fail(error, i, QStringLiteral("unexpected character '%1'").arg(c));
                token.type = Token::Type::Operator;
                token.text = found;
                i += found.size();
            }
            out->push_back(token);
        }
        Token end;
        end.position = n;
        out->push_back(end);
        return true;
    }

private:
    static bool fail(ExpressionError* error, int position, const QString& message)
    {
        error->position = position;
        error->message = message;
        return false;
    }

    const QString& m_text;
};

bool isKeyword(const QString& word)
{
    static const QStringList keywords { QStringLiteral("and"), QStringLiteral("or"),
        QStringLiteral("not"), QStringLiteral("true"), QStringLiteral("false"),
        QStringLiteral("null") };
    return keywords.contains(word);
}

std::optional<Expression::Function> functionNamed(const QString& name)
{
    if (name == QLatin1String("empty"))
        return Expression::Function::Empty;
    if (name == QLatin1String("len"))
        return Expression::Function::Len;
    if (name == QLatin1String("contains"))
        return Expression::Function::Contains;
    return std::nullopt;
}

// Limits of the contract (docs/api/form-schema.md): a hostile schema must not exhaust the stack
// of the recursive descent, nor of the evaluation and destruction of a long tree.
constexpr std::size_t kMaxTokens = 500;
constexpr int kMaxNesting = 32;

int arityOf(Expression::Function function)
{
    return function == Expression::Function::Contains ? 2 : 1;
}

class Parser
{
public:
    Parser(const std::vector<Token>& tokens, ExpressionError* error)
        : m_tokens(tokens)
        , m_error(error)
    { }

    ExpressionPtr parseAll()
    {
        ExpressionPtr result = parseOr();
        if (result && peek().type != Token::Type::End)
            return fail(QStringLiteral("unexpected '%1'").arg(describe(peek())));
        return result;
    }

private:
    const Token& peek() const { return m_tokens[m_index]; }
    const Token& take() { return m_tokens[m_index++]; }
    bool peekWord(const char* word) const
    {
        return peek().type == Token::Type::Ident && peek().text == QLatin1String(word);
    }

    static QString describe(const Token& token)
    {
        return token.type == Token::Type::End ? QStringLiteral("end of expression") : token.text;
    }

    ExpressionPtr fail(const QString& message)
    {
        if (!m_error->isError()) {
            m_error->position = peek().position;
            m_error->message = message;
        }
        return nullptr;
    }

    static ExpressionPtr binary(Expression::Kind kind, ExpressionPtr left, ExpressionPtr right)
    {
        auto node = std::make_shared<Expression>();
        node->kind = kind;
        node->operands = { std::move(left), std::move(right) };
        return node;
    }

    /** Counts one level of nesting for the lifetime of a parse step. */
    struct Nesting
    {
        explicit Nesting(int& depth)
            : m_depth(++depth)
        { }
        ~Nesting() { --m_depth; }
        Nesting(const Nesting&) = delete;
        Nesting& operator=(const Nesting&) = delete;
        int& m_depth;
    };

    ExpressionPtr parseOr()
    {
        const Nesting level(m_depth);
        if (m_depth > kMaxNesting)
            return fail(QStringLiteral("nested more than %1 levels").arg(kMaxNesting));
        ExpressionPtr left = parseAnd();
        while (left && peekWord("or")) {
            take();
            ExpressionPtr right = parseAnd();
            if (!right)
                return nullptr;
            left = binary(Expression::Kind::Or, left, right);
        }
        return left;
    }

    ExpressionPtr parseAnd()
    {
        ExpressionPtr left = parseNot();
        while (left && peekWord("and")) {
            take();
            ExpressionPtr right = parseNot();
            if (!right)
                return nullptr;
            left = binary(Expression::Kind::And, left, right);
        }
        return left;
    }

    ExpressionPtr parseNot()
    {
        if (!peekWord("not"))
            return parseCompare();
        take();
        const Nesting level(m_depth);
        if (m_depth > kMaxNesting)
            return fail(QStringLiteral("nested more than %1 levels").arg(kMaxNesting));
        ExpressionPtr operand = parseNot();
        if (!operand)
            return nullptr;
        auto node = std::make_shared<Expression>();
        node->kind = Expression::Kind::Not;
        node->operands = { operand };
        return node;
    }

    ExpressionPtr parseCompare()
    {
        ExpressionPtr left = parseSum();
        if (!left || peek().type != Token::Type::Operator)
            return left;
        static const QList<QPair<QString, Expression::Compare>> comparisons {
            { QStringLiteral("=="), Expression::Compare::Equal },
            { QStringLiteral("!="), Expression::Compare::NotEqual },
            { QStringLiteral("<"), Expression::Compare::Less },
            { QStringLiteral("<="), Expression::Compare::LessEqual },
            { QStringLiteral(">"), Expression::Compare::Greater },
            { QStringLiteral(">="), Expression::Compare::GreaterEqual },
        };
        for (const auto& [text, compare] : comparisons) {
            if (peek().text != text)
                continue;
            take();
            ExpressionPtr right = parseSum();
            if (!right)
                return nullptr;
            auto node = std::make_shared<Expression>();
            node->kind = Expression::Kind::Compare;
            node->compare = compare;
            node->operands = { left, right };
            return node;
        }
        return left;
    }

    ExpressionPtr parseSum()
    {
        ExpressionPtr left = parseAtom();
        while (left && peek().type == Token::Type::Operator
            && (peek().text == QLatin1String("+") || peek().text == QLatin1String("-"))) {
            const bool add = take().text == QLatin1String("+");
            ExpressionPtr right = parseAtom();
            if (!right)
                return nullptr;
            left = binary(add ? Expression::Kind::Add : Expression::Kind::Subtract, left, right);
        }
        return left;
    }

    ExpressionPtr parseAtom()
    {
        const Token& token = peek();
        auto node = std::make_shared<Expression>();
        switch (token.type) {
        case Token::Type::Number:
            node->literal = take().number;
            return node;
        case Token::Type::String:
            node->literal = take().text;
            return node;
        case Token::Type::LeftParen: {
            take();
            ExpressionPtr inner = parseOr();
            if (!inner)
                return nullptr;
            if (peek().type != Token::Type::RightParen)
                return fail(QStringLiteral("')' expected"));
            take();
            return inner;
        }
        case Token::Type::Ident:
            return parseWord();
        default:
            return fail(QStringLiteral("value expected, found '%1'").arg(describe(token)));
        }
    }

    ExpressionPtr parseWord()
    {
        const QString word = peek().text;
        auto node = std::make_shared<Expression>();
        if (word == QLatin1String("true") || word == QLatin1String("false")) {
            take();
            node->literal = word == QLatin1String("true");
            return node;
        }
        if (word == QLatin1String("null")) {
            take();
            return node; // a default QJsonValue is null
        }
        if (isKeyword(word))
            return fail(QStringLiteral("value expected, found '%1'").arg(word));
        const bool isCall = m_tokens[m_index + 1].type == Token::Type::LeftParen;
        if (!isCall) {
            if (!(word.at(0).isLower() && word.at(0).isLetter()))
                return fail(QStringLiteral("invalid field name '%1'").arg(word));
            take();
            node->kind = Expression::Kind::Field;
            node->name = word;
            return node;
        }
        const std::optional<Expression::Function> function = functionNamed(word);
        if (!function)
            return fail(QStringLiteral("unknown function '%1'").arg(word));
        take();
        take(); // '('
        node->kind = Expression::Kind::Call;
        node->function = *function;
        if (peek().type != Token::Type::RightParen) {
            for (;;) {
                ExpressionPtr argument = parseOr();
                if (!argument)
                    return nullptr;
                node->operands.push_back(argument);
                if (peek().type != Token::Type::Comma)
                    break;
                take();
            }
        }
        if (peek().type != Token::Type::RightParen)
            return fail(QStringLiteral("')' expected"));
        if (int(node->operands.size()) != arityOf(*function))
            return fail(
                QStringLiteral("%1() takes %2 argument(s)").arg(word).arg(arityOf(*function)));
        take();
        return node;
    }

    const std::vector<Token>& m_tokens;
    ExpressionError* m_error;
    size_t m_index = 0;
    int m_depth = 0;
};

} // namespace

QStringList Expression::fieldNames() const
{
    QStringList names;
    if (kind == Kind::Field)
        names.append(name);
    for (const auto& operand : operands)
        names += operand->fieldNames();
    names.removeDuplicates();
    return names;
}

ExpressionPtr ExpressionParser::parse(const QString& text, ExpressionError* error)
{
    ExpressionError local;
    ExpressionError* sink = error ? error : &local;
    *sink = ExpressionError {};
    std::vector<Token> tokens;
    if (!Tokenizer(text).tokenize(&tokens, sink))
        return nullptr;
    if (tokens.size() == 1) {
        sink->position = 0;
        sink->message = QStringLiteral("empty expression");
        return nullptr;
    }
    if (tokens.size() > kMaxTokens + 1) { // + the End token
        sink->position = tokens[kMaxTokens].position;
        sink->message = QStringLiteral("more than %1 tokens").arg(kMaxTokens);
        return nullptr;
    }
    return Parser(tokens, sink).parseAll();
}
