// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

/** Opens a page in the citizen's browser; tests record the URL instead. */
class UrlOpener
{
public:
    virtual ~UrlOpener() = default;
    virtual bool open(const QUrl& url) = 0;
};

/** The system browser (QDesktopServices::openUrl). */
class DesktopUrlOpener : public UrlOpener
{
public:
    bool open(const QUrl& url) override;
};
