// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

class LanguageController;
class Speaker;

/**
 * Spoken guidance for citizens who cannot read the screen: when on, each screen's title and
 * instructions are read when it appears, and errors and warnings when they are shown, in the
 * interface language. Switchable from the welcome screen; a kiosk turns it off at session end.
 */
class SpokenGuide : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(QString lastSpoken READ lastSpoken NOTIFY spoke)

public:
    SpokenGuide(
        LanguageController* language, std::unique_ptr<Speaker> speaker, QObject* parent = nullptr);
    ~SpokenGuide() override;

    bool enabled() const { return m_enabled; }
    void setEnabled(bool on);
    QString lastSpoken() const { return m_lastSpoken; }

    /** A new screen: its title, then its instructions. */
    Q_INVOKABLE void announcePage(const QString& title, const QString& instructions = {});
    /** An error, a warning or a confirmation, said at once. */
    Q_INVOKABLE void say(const QString& text);
    /** The citizen has left: stop speaking and forget what was said (it may be personal). */
    void forget();

signals:
    void enabledChanged();
    void spoke(const QString& text);

private:
    LanguageController* m_language;
    std::unique_ptr<Speaker> m_speaker;
    bool m_enabled = false;
    QString m_lastSpoken;
};
