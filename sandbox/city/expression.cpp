// SPDX-License-Identifier: GPL-3.0-or-later
#include "expression.h"

#include <QJsonArray>
#include <QList>

struct Expression::Node
{
    enum Kind { Literal, Ident, Not, And, Or, Compare, Sum, Call } kind;
    QJsonValue value; // Literal
    QString text; // Ident name, Compare/Sum operator, Call function
    QList<std::shared_ptr<const Node>> children;
};

namespace {

using NodePtr = std::shared_ptr<const Expression::Node>;
using Node = Expression::Node;

struct Token
{
    enum Type { Number, String, Word, Symbol, End } type;
    QString text;
    double number = 0;
};

struct SyntaxError
{
    QString what;
};

QList<Token> tokenize(const QString& s)
{
    QList<Token> out;
    int i = 0;
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c.isDigit()) {
            int j = i;
            while (j < s.size() && s.at(j).isDigit())
                ++j;
            if (j + 1 < s.size() && s.at(j) == QLatin1Char('.') && s.at(j + 1).isDigit()) {
                ++j;
                while (j < s.size() && s.at(j).isDigit())
                    ++j;
            }
            out.append(Token { Token::Number, s.mid(i, j - i), s.mid(i, j - i).toDouble() });
            i = j;
        } else if (c == QLatin1Char('\'')) {
            QString text;
            int j = i + 1;
            bool closed = false;
            while (j < s.size()) {
                if (s.at(j) == QLatin1Char('\\') && j + 1 < s.size()
                    && s.at(j + 1) == QLatin1Char('\'')) {
                    text += QLatin1Char('\'');
                    j += 2;
                } else if (s.at(j) == QLatin1Char('\'')) {
                    closed = true;
                    ++j;
                    break;
                } else {
                    text += s.at(j++);
                }
            }
            if (!closed)
                throw SyntaxError { QStringLiteral("unterminated string at %1").arg(i) };
            out.append(Token { Token::String, text });
            i = j;
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            int j = i;
            while (j < s.size() && (s.at(j).isLetterOrNumber() || s.at(j) == QLatin1Char('_')))
                ++j;
            out.append(Token { Token::Word, s.mid(i, j - i) });
            i = j;
        } else {
            const QString two = s.mid(i, 2);
            if (two == "==" || two == "!=" || two == "<=" || two == ">=") {
                out.append(Token { Token::Symbol, two });
                i += 2;
            } else if (QStringLiteral("<>+-(),").contains(c)) {
                out.append(Token { Token::Symbol, QString(c) });
                ++i;
            } else {
                throw SyntaxError { QStringLiteral("unexpected '%1' at %2").arg(c).arg(i) };
            }
        }
    }
    out.append(Token { Token::End, {} });
    return out;
}

// The contract's limits (docs/api/form-schema.md), the same as the app's parser.
constexpr int kMaxTokens = 500;
constexpr int kMaxNesting = 32;

class Parser
{
public:
    explicit Parser(QList<Token> tokens)
        : m_t(std::move(tokens))
    { }

    NodePtr parseAll()
    {
        NodePtr root = parseOr();
        if (peek().type != Token::End)
            throw SyntaxError { QStringLiteral("unexpected '%1'").arg(peek().text) };
        return root;
    }

private:
    const Token& peek() const { return m_t.at(m_pos); }
    bool isWord(const char* w) const
    {
        return peek().type == Token::Word && peek().text == QLatin1String(w);
    }
    bool isSymbol(const char* s) const
    {
        return peek().type == Token::Symbol && peek().text == QLatin1String(s);
    }
    void expectSymbol(const char* s)
    {
        if (!isSymbol(s))
            throw SyntaxError { QStringLiteral("expected '%1'").arg(QLatin1String(s)) };
        ++m_pos;
    }
    static NodePtr make(
        Node::Kind kind, QString text, QList<NodePtr> children, QJsonValue value = {})
    {
        return std::make_shared<const Node>(
            Node { kind, value, std::move(text), std::move(children) });
    }

    /** One level deeper for the lifetime of a parse step; too deep is a syntax error. */
    struct Nesting
    {
        explicit Nesting(int& depth)
            : m_depth(depth)
        {
            if (++m_depth > kMaxNesting) {
                --m_depth;
                throw SyntaxError { QStringLiteral("nested more than %1 levels").arg(kMaxNesting) };
            }
        }
        ~Nesting() { --m_depth; }
        Nesting(const Nesting&) = delete;
        Nesting& operator=(const Nesting&) = delete;
        int& m_depth;
    };

    NodePtr parseOr()
    {
        const Nesting level(m_depth);
        NodePtr left = parseAnd();
        while (isWord("or")) {
            ++m_pos;
            left = make(Node::Or, {}, { left, parseAnd() });
        }
        return left;
    }
    NodePtr parseAnd()
    {
        NodePtr left = parseNot();
        while (isWord("and")) {
            ++m_pos;
            left = make(Node::And, {}, { left, parseNot() });
        }
        return left;
    }
    NodePtr parseNot()
    {
        if (isWord("not")) {
            ++m_pos;
            const Nesting level(m_depth);
            return make(Node::Not, {}, { parseNot() });
        }
        return parseCompare();
    }
    NodePtr parseCompare()
    {
        NodePtr left = parseSum();
        for (const char* op : { "==", "!=", "<=", ">=", "<", ">" }) {
            if (isSymbol(op)) {
                ++m_pos;
                return make(Node::Compare, QLatin1String(op), { left, parseSum() });
            }
        }
        return left;
    }
    NodePtr parseSum()
    {
        NodePtr left = parseAtom();
        while (isSymbol("+") || isSymbol("-")) {
            const QString op = m_t.at(m_pos++).text;
            left = make(Node::Sum, op, { left, parseAtom() });
        }
        return left;
    }
    NodePtr parseAtom()
    {
        const Token t = peek();
        ++m_pos;
        switch (t.type) {
        case Token::Number:
            return make(Node::Literal, {}, {}, t.number);
        case Token::String:
            return make(Node::Literal, {}, {}, t.text);
        case Token::Symbol:
            if (t.text == QLatin1String("(")) {
                NodePtr inner = parseOr();
                expectSymbol(")");
                return inner;
            }
            break;
        case Token::Word:
            if (t.text == QLatin1String("true") || t.text == QLatin1String("false"))
                return make(Node::Literal, {}, {}, t.text == QLatin1String("true"));
            if (t.text == QLatin1String("null"))
                return make(Node::Literal, {}, {}, QJsonValue());
            if (t.text == QLatin1String("and") || t.text == QLatin1String("or")
                || t.text == QLatin1String("not"))
                break;
            if (isSymbol("("))
                return parseCall(t.text);
            if (!t.text.at(0).isLower() && t.text.at(0) != QLatin1Char('_'))
                break;
            return make(Node::Ident, t.text, {});
        case Token::End:
            throw SyntaxError { QStringLiteral("unexpected end") };
        }
        throw SyntaxError { QStringLiteral("unexpected '%1'").arg(t.text) };
    }
    NodePtr parseCall(const QString& name)
    {
        const int arity = name == QLatin1String("contains")                    ? 2
            : (name == QLatin1String("empty") || name == QLatin1String("len")) ? 1
                                                                               : -1;
        if (arity < 0)
            throw SyntaxError { QStringLiteral("unknown function '%1'").arg(name) };
        expectSymbol("(");
        QList<NodePtr> args { parseOr() };
        while (isSymbol(",")) {
            ++m_pos;
            args.append(parseOr());
        }
        expectSymbol(")");
        if (args.size() != arity)
            throw SyntaxError { QStringLiteral("%1() takes %2 argument(s)").arg(name).arg(arity) };
        return make(Node::Call, name, args);
    }

    QList<Token> m_t;
    int m_pos = 0;
    int m_depth = 0;
};

bool asNumber(const QJsonValue& v, double* out)
{
    if (v.isDouble()) {
        *out = v.toDouble();
        return true;
    }
    if (v.isString()) {
        bool ok = false;
        *out = v.toString().trimmed().toDouble(&ok);
        return ok && !v.toString().trimmed().isEmpty();
    }
    return false;
}

bool compare(const QString& op, const QJsonValue& a, const QJsonValue& b)
{
    const bool equality = op == QLatin1String("==") || op == QLatin1String("!=");
    const bool wantEqual = op == QLatin1String("==");
    if (a.isNull() || b.isNull()) {
        if (!equality)
            return false;
        return (a.isNull() && b.isNull()) == wantEqual;
    }
    int order = 0;
    double x = 0, y = 0;
    if (a.isString() && b.isString()) {
        order = QString::compare(a.toString(), b.toString());
    } else if (a.isDouble() || b.isDouble()) {
        // A string meets a number: compare as numbers when it parses, else the comparison
        // is false whatever the operator.
        if (!asNumber(a, &x) || !asNumber(b, &y))
            return false;
        order = x < y ? -1 : (x > y ? 1 : 0);
    } else if (a.isBool() && b.isBool()) {
        order = int(a.toBool()) - int(b.toBool()); // false < true, as in the app
    } else if (equality) {
        return (a == b) == wantEqual;
    } else {
        return false;
    }
    if (op == QLatin1String("=="))
        return order == 0;
    if (op == QLatin1String("!="))
        return order != 0;
    if (op == QLatin1String("<"))
        return order < 0;
    if (op == QLatin1String("<="))
        return order <= 0;
    if (op == QLatin1String(">"))
        return order > 0;
    return order >= 0;
}

QJsonValue eval(const Node& n, const Expression::Lookup& lookup)
{
    switch (n.kind) {
    case Node::Literal:
        return n.value;
    case Node::Ident: {
        // Unset fields are null, whatever the lookup says (undefined is not in the grammar).
        const QJsonValue v = lookup ? lookup(n.text) : QJsonValue();
        return v.isUndefined() ? QJsonValue() : v;
    }
    case Node::Not:
        return !Expression::truthy(eval(*n.children.at(0), lookup));
    case Node::And:
        return Expression::truthy(eval(*n.children.at(0), lookup))
            && Expression::truthy(eval(*n.children.at(1), lookup));
    case Node::Or:
        return Expression::truthy(eval(*n.children.at(0), lookup))
            || Expression::truthy(eval(*n.children.at(1), lookup));
    case Node::Compare:
        return compare(n.text, eval(*n.children.at(0), lookup), eval(*n.children.at(1), lookup));
    case Node::Sum: {
        const QJsonValue a = eval(*n.children.at(0), lookup);
        const QJsonValue b = eval(*n.children.at(1), lookup);
        double x = 0, y = 0;
        if (asNumber(a, &x) && asNumber(b, &y))
            return n.text == QLatin1String("+") ? x + y : x - y;
        // '+' with a text joins the two as texts (numbers written plainly); null stays null.
        if (n.text == QLatin1String("+") && (a.isString() || b.isString()) && !a.isNull()
            && !b.isNull())
            return a.toVariant().toString() + b.toVariant().toString();
        return QJsonValue();
    }
    case Node::Call: {
        const QJsonValue a = eval(*n.children.at(0), lookup);
        if (n.text == QLatin1String("empty"))
            return a.isNull() || a.isUndefined() || (a.isString() && a.toString().isEmpty())
                || (a.isArray() && a.toArray().isEmpty());
        if (n.text == QLatin1String("len"))
            return a.isString() ? double(a.toString().size())
                                : (a.isArray() ? double(a.toArray().size()) : 0.0);
        const QJsonValue b = eval(*n.children.at(1), lookup);
        if (a.isArray())
            return a.toArray().contains(b);
        return a.isString() && b.isString() && a.toString().contains(b.toString());
    }
    }
    return QJsonValue();
}

void collect(const Node& n, QStringList* out)
{
    if (n.kind == Node::Ident && !out->contains(n.text))
        out->append(n.text);
    for (const NodePtr& c : n.children)
        collect(*c, out);
}

} // namespace

Expression Expression::parse(const QString& text, QString* error)
{
    Expression e;
    try {
        QList<Token> tokens = tokenize(text);
        if (tokens.size() > kMaxTokens + 1) // + End
            throw SyntaxError { QStringLiteral("more than %1 tokens").arg(kMaxTokens) };
        e.m_root = Parser(std::move(tokens)).parseAll();
    } catch (const SyntaxError& s) {
        if (error)
            *error = s.what;
    }
    return e;
}

QJsonValue Expression::evaluate(const Lookup& lookup) const
{
    return m_root ? eval(*m_root, lookup) : QJsonValue();
}

QStringList Expression::identifiers() const
{
    QStringList out;
    if (m_root)
        collect(*m_root, &out);
    return out;
}

bool Expression::truthy(const QJsonValue& v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    if (v.isString())
        return !v.toString().isEmpty();
    if (v.isArray())
        return !v.toArray().isEmpty();
    return v.isObject();
}
