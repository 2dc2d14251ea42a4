// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "eidreader.h"
#include "jsonoutput.h"
#include "pcsc/cardmonitor.h"
#include "textoutput.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <mutex>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

std::atomic<bool> g_interrupted { false };

extern "C" void onSignal(int)
{
    g_interrupted = true;
}

int exitStatusFor(const eid::Error& error)
{
    switch (error.code) {
    case eid::ErrorCode::NoReader:
    case eid::ErrorCode::NoCard:
    case eid::ErrorCode::ServiceUnavailable: // no PC/SC service: no reader to read from
        return exitcode::NoCard;
    case eid::ErrorCode::WrongPin:
        return exitcode::WrongPin;
    case eid::ErrorCode::PinBlocked:
        return exitcode::PinBlocked;
    default:
        return exitcode::OtherError;
    }
}

int fail(const eid::Error& error)
{
    std::fprintf(stderr, "eguichet-eid: %s", eid::errorCodeName(error.code));
    if (!error.detail.empty())
        std::fprintf(stderr, " (%s)", error.detail.c_str());
    std::fputc('\n', stderr);
    return exitStatusFor(error);
}

void printJson(const QJsonDocument& document)
{
    std::fputs(document.toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int runReaders(const CliOptions& options)
{
    eid::Result<std::vector<std::string>> readers = eid::EidReader::listReaders();
    if (!readers)
        return fail(readers.error());
    if (options.json) {
        QJsonArray array;
        for (const std::string& name : readers.value())
            array.append(QString::fromStdString(name));
        printJson(QJsonDocument(array));
    } else {
        for (const std::string& name : readers.value())
            std::printf("%s\n", name.c_str());
    }
    return readers->empty() ? exitcode::NoCard : exitcode::Verified;
}

int runWatch(const CliOptions& options)
{
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::atomic<int> printed { 0 };
    std::mutex outputMutex;
    eid::CardMonitor monitor([&](const eid::CardEvent& event) {
        std::lock_guard<std::mutex> lock(outputMutex);
        if (options.count && printed >= *options.count)
            return;
        if (options.json) {
            QJsonObject object;
            object.insert(QStringLiteral("event"), QLatin1String(eid::cardEventName(event.type)));
            if (!event.reader.empty())
                object.insert(QStringLiteral("reader"), QString::fromStdString(event.reader));
            if (!event.atr.empty())
                object.insert(QStringLiteral("atr"), QString::fromStdString(eid::toHex(event.atr)));
            printJson(QJsonDocument(object));
        } else {
            std::printf("%s", eid::cardEventName(event.type));
            if (!event.reader.empty())
                std::printf(" reader=\"%s\"", event.reader.c_str());
            if (!event.atr.empty())
                std::printf(" atr=%s", eid::toHex(event.atr).c_str());
            std::printf("\n");
            std::fflush(stdout);
        }
        ++printed;
    });
    monitor.start();
    // Signals only set a flag; the main thread polls it (nothing else is async-signal-safe).
    while (!g_interrupted && !(options.count && printed >= *options.count))
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    monitor.stop();
    return exitcode::Verified;
}

int runDump(const CliOptions& options)
{
    eid::VerifyOptions verifyOptions;
    for (const QString& path : options.trustRoots) {
        if (!verifyOptions.trust.addPemFile(path.toStdString()))
            return fail({ eid::ErrorCode::InvalidArgument, "no certificate in --trust-root file" });
    }
    eid::ReadOptions readOptions;
    readOptions.otherCertificates = options.allCertificates;
    readOptions.internalAuthenticate = options.internalAuthenticate;
    readOptions.photo = !options.noPhoto;
    eid::Result<eid::CardReading> reading
        = eid::EidReader::read(options.reader.toStdString(), readOptions, verifyOptions);
    if (!reading)
        return fail(reading.error());
    if (!options.photoOut.isEmpty()) {
        QFile file(options.photoOut);
        const eid::Bytes& photo = reading->files.photo;
        if (!file.open(QIODevice::WriteOnly)
            || file.write(
                   reinterpret_cast<const char*>(photo.data()), static_cast<qint64>(photo.size()))
                != static_cast<qint64>(photo.size()))
            return fail({ eid::ErrorCode::InvalidArgument, "cannot write --photo-out file" });
    }
    if (options.json)
        printJson(QJsonDocument(readingToJson(reading.value())));
    else
        printReading(reading.value(), stdout);
    return reading->verification.verified() ? exitcode::Verified : exitcode::CheckFailed;
}

int runSign(const CliOptions& options)
{
    const eid::Bytes challenge = eid::fromHex(options.challengeHex.toStdString());
    if (challenge.empty())
        return fail({ eid::ErrorCode::InvalidArgument, "--challenge needs hex bytes" });
    // Only asked when the reader has no PIN pad; with one, the PC never sees the PIN.
    bool pinMissing = false;
    const auto readPin = [&](int) -> std::optional<std::string> {
        if (!options.pinFromStdin) {
            pinMissing = true;
            return std::nullopt;
        }
        std::string pin;
        for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar()) {
            if (c != '\r')
                pin.push_back(static_cast<char>(c));
        }
        return pin;
    };
    const auto onPinPad = [&](int triesLeft) {
        std::fprintf(
            stderr, "eguichet-eid: type the PIN on the reader (%d tries left)\n", triesLeft);
        if (options.pinFromStdin)
            std::fputs("eguichet-eid: --pin-stdin ignored: the reader has a PIN pad\n", stderr);
    };
    eid::Result<eid::AuthenticationSignature> signed_ = eid::EidReader::signWithAuthenticationKey(
        options.reader.toStdString(), challenge, readPin, onPinPad);
    if (!signed_) {
        const eid::Error& error = signed_.error();
        if (pinMissing)
            return fail({ eid::ErrorCode::InvalidArgument,
                "the reader has no PIN pad: --pin-stdin is required" });
        if (error.code == eid::ErrorCode::WrongPin) {
            std::fprintf(stderr, "eguichet-eid: wrong PIN, %s tries left\n", error.detail.c_str());
            return exitcode::WrongPin;
        }
        if (error.code == eid::ErrorCode::PinBlocked) {
            std::fputs("eguichet-eid: PIN blocked, 0 tries left\n", stderr);
            return exitcode::PinBlocked;
        }
        return fail(error);
    }
    const eid::AuthenticationSignature& result = signed_.value();
    if (options.json) {
        QJsonObject object;
        object.insert(QStringLiteral("reader"), QString::fromStdString(result.reader));
        object.insert(QStringLiteral("applet"), QString::fromStdString(result.applet));
        object.insert(QStringLiteral("algorithm"), QString::fromStdString(result.algorithm));
        object.insert(
            QStringLiteral("signature"), QString::fromStdString(eid::toHex(result.signature)));
        object.insert(
            QStringLiteral("certificate"), QString::fromStdString(eid::toHex(result.certificate)));
        object.insert(QStringLiteral("ca_certificate"),
            QString::fromStdString(eid::toHex(result.caCertificate)));
        printJson(QJsonDocument(object));
    } else {
        std::printf("Algorithm: %s\nSignature: %s\n", result.algorithm.c_str(),
            eid::toHex(result.signature).c_str());
    }
    return exitcode::Verified;
}

int runPinPad(const CliOptions& options)
{
    eid::Result<eid::PinPadDetection> detection
        = eid::EidReader::detectPinPad(options.reader.toStdString());
    if (!detection)
        return fail(detection.error());
    const bool usable = detection->pinPad.has_value();
    if (options.json) {
        QJsonObject object;
        object.insert(QStringLiteral("pin_pad"), usable);
        if (usable)
            object.insert(QStringLiteral("verify_control_code"),
                QString::asprintf("0x%08X", detection->pinPad->verifyControlCode));
        else
            object.insert(
                QStringLiteral("reason"), QString::fromStdString(detection->ignoredBecause));
        printJson(QJsonDocument(object));
    } else {
        std::printf("pin-pad: %s\n", usable ? "yes" : "no");
        if (!usable)
            std::printf("reason: %s\n", detection->ignoredBecause.c_str());
    }
    return exitcode::Verified;
}

int runReset(const CliOptions& options)
{
    if (const eid::Status failed = eid::EidReader::resetCards(options.reader.toStdString()))
        return fail(*failed);
    return exitcode::Verified;
}
