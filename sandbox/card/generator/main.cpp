// SPDX-License-Identifier: GPL-3.0-or-later
// eguichet-cardgen: writes virtual Belgian eID card images (docs/virtual-card.md).
#include "cardgenoptions.h"
#include "imagewriter.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ImageRequest request;
    QString message;
    if (!CardgenOptions::parse(app.arguments(), request, &message)) {
        const bool help = app.arguments().contains(QStringLiteral("--help"))
            || app.arguments().contains(QStringLiteral("-h"));
        QTextStream(help ? stdout : stderr) << message << Qt::endl;
        return help ? 0 : 64;
    }
    if (!ImageWriter::write(request, &message)) {
        QTextStream(stderr) << "eguichet-cardgen: " << message << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    out << "card image: " << request.outDir << " (applet " << request.spec.applet << ")\n"
        << "trust root: " << request.outDir << "/trust-root.pem\n"
        << "PIN: " << request.spec.pin << Qt::endl;
    return 0;
}
