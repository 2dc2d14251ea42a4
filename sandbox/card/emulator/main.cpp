// SPDX-License-Identifier: GPL-3.0-or-later
// eguichet-vcard: a virtual Belgian eID card for vpcd (docs/virtual-card.md).
#include "cardimage.h"
#include "emulatoroptions.h"
#include "signalbridge.h"
#include "vpcdlink.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    EmulatorOptions options;
    QString message;
    if (!EmulatorOptions::parse(app.arguments(), options, &message)) {
        const bool help = app.arguments().contains(QStringLiteral("--help"))
            || app.arguments().contains(QStringLiteral("-h"));
        QTextStream(help ? stdout : stderr) << message << Qt::endl;
        return help ? 0 : 64;
    }
    CardImage image;
    if (!CardImage::load(options.imageDir, image, &message)) {
        QTextStream(stderr) << "eguichet-vcard: " << message << Qt::endl;
        return 66;
    }
    if (!options.pidFile.isEmpty()) {
        QFile pid(options.pidFile);
        if (pid.open(QIODevice::WriteOnly | QIODevice::Truncate))
            pid.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n');
    }
    SignalBridge signalBridge;
    VpcdLink link(options, image);
    QObject::connect(&signalBridge, &SignalBridge::insertRequested, &link, &VpcdLink::insert);
    QObject::connect(&signalBridge, &SignalBridge::pullRequested, &link, &VpcdLink::pull);
    QObject::connect(&signalBridge, &SignalBridge::quitRequested, &app, &QCoreApplication::quit);
    QObject::connect(&link, &VpcdLink::finished, &app, &QCoreApplication::quit);
    if (!options.startPulled)
        link.insert();
    const int status = app.exec();
    if (!options.pidFile.isEmpty())
        QFile::remove(options.pidFile);
    return status;
}
