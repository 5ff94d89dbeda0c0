// SPDX-License-Identifier: MIT
// provena-cli --lang and --version: the language chosen on the command line, by PROVENA_LANG or
// by the GUI's Preferences, in that order, sets the messages and the number format; an unknown
// code is a usage error; --version names the libraries loaded.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/** A name longer than the 65,536 characters an agencies file allows: its error has numbers. */
QByteArray overlongAgencies()
{
    return "{\"agencies\": [{\"id\": \"x\", \"kind\": \"unknown\", \"names\": {\"en\": \""
        + QByteArray(70000, 'a') + "\"}}]}";
}

/** The finished German translation of `source` in `context`, else `source` itself. */
QString germanCatalogText(const QString &context, const QString &source)
{
    QFile file(QStringLiteral(PROVENA_SOURCE_DIR "/translations/provena_de.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QString currentContext;
    QString currentSource;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name"_s) {
            currentContext = xml.readElementText();
        } else if (xml.name() == u"source"_s) {
            currentSource = xml.readElementText();
        } else if (xml.name() == u"translation"_s && currentContext == context
                   && currentSource == source) {
            const bool finished = xml.attributes().value(u"type"_s).isEmpty();
            const QString text = xml.readElementText();
            return finished && !text.isEmpty() ? text : source;
        }
    }
    return source;
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void versionListsLoadedLibraries();
    void langFormatsNumbersInMessages_data();
    void langFormatsNumbersInMessages();
    void unknownCommandInCatalogLanguage();
    void unknownLanguageIsUsageError_data();
    void unknownLanguageIsUsageError();
    void langBeforeExportKeepsItsApplication();

private:
    Run run(const QStringList &arguments, const QString &environmentLanguage = {});
    void writeSetting(const QString &language);

    QTemporaryDir mHome;
};

Run TestCliLanguage::run(const QStringList &arguments, const QString &environmentLanguage)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Settings and agencies in a throwaway folder; a system locale that is none of Provena's.
    environment.insert(u"XDG_CONFIG_HOME"_s, mHome.filePath(u"config"_s));
    environment.insert(u"LC_ALL"_s, u"C"_s);
    environment.insert(u"LANG"_s, u"C"_s);
    environment.remove(u"LANGUAGE"_s);
    if (environmentLanguage.isEmpty())
        environment.remove(u"PROVENA_LANG"_s);
    else
        environment.insert(u"PROVENA_LANG"_s, environmentLanguage);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PROVENA_CLI), arguments);
    Run result;
    if (!process.waitForFinished(240000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCliLanguage::writeSetting(const QString &language)
{
    // Where the GUI's Preferences store it: the organisation's file, group "i18n".
    QFile conf(mHome.filePath(u"config/Provena.conf"_s));
    QVERIFY(conf.open(QIODevice::WriteOnly | QIODevice::Truncate));
    if (!language.isEmpty())
        conf.write("[i18n]\nlanguage=" + language.toUtf8() + '\n');
}

void TestCliLanguage::init()
{
    QVERIFY(mHome.isValid());
    QVERIFY(QDir().mkpath(mHome.filePath(u"config/provena"_s)));
    QFile agencies(mHome.filePath(u"config/provena/agencies.json"_s));
    QVERIFY(agencies.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(agencies.write(overlongAgencies()) > 0);
    QFile::remove(mHome.filePath(u"config/Provena.conf"_s));
}

void TestCliLanguage::versionListsLoadedLibraries()
{
    const Run r = run({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    // The first line stays what scripts read.
    QVERIFY2(
        QRegularExpression(u"^provena-cli \\d+\\.\\d+\\.\\d+$"_s).match(lines.at(0)).hasMatch(),
        qPrintable(lines.at(0)));
    const QStringList libraries {u"Qt"_s, u"OpenCV"_s, u"Exiv2"_s, u"libarchive"_s};
    for (qsizetype i = 0; i < libraries.size(); ++i) {
        const QRegularExpression line(u"^%1 \\d+\\.\\d+(\\.\\d+)?"_s.arg(libraries.at(i)));
        QVERIFY2(line.match(lines.at(i + 1)).hasMatch(), qPrintable(lines.at(i + 1)));
    }
    QCOMPARE(lines.at(1), u"Qt "_s + QString::fromLatin1(qVersion()));
}

void TestCliLanguage::langFormatsNumbersInMessages_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("limit");

    const QStringList list {u"agencies"_s, u"list"_s};
    QTest::newRow("--lang de") << (QStringList {u"--lang"_s, u"de"_s} + list) << QString()
                               << QString() << u"65.536"_s;
    QTest::newRow("--lang=de") << (QStringList {u"--lang=de"_s} + list) << QString() << QString()
                               << u"65.536"_s;
    QTest::newRow("--lang en") << (QStringList {u"--lang"_s, u"en"_s} + list) << QString()
                               << QString() << u"65,536"_s;
    QTest::newRow("setting de") << list << QString() << u"de"_s << u"65.536"_s;
    QTest::newRow("--lang over setting")
        << (QStringList {u"--lang"_s, u"en"_s} + list) << QString() << u"de"_s << u"65,536"_s;
    QTest::newRow("PROVENA_LANG de") << list << u"de"_s << u"en"_s << u"65.536"_s;
    QTest::newRow("--lang over PROVENA_LANG")
        << (QStringList {u"--lang"_s, u"en"_s} + list) << u"de"_s << QString() << u"65,536"_s;
    QTest::newRow("unknown PROVENA_LANG ignored") << list << u"xx"_s << u"de"_s << u"65.536"_s;
}

void TestCliLanguage::langFormatsNumbersInMessages()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, environment);
    QFETCH(QString, setting);
    QFETCH(QString, limit);
    writeSetting(setting);
    const Run r = run(arguments, environment);
    QCOMPARE(r.exitCode, 2);
    // "the text is 70.000 characters long, more than the 65.536 allowed" in German.
    QVERIFY2(r.err.contains(limit), qPrintable(r.err));
    QVERIFY2(
        r.err.contains(limit.at(0) == u'6'
                           ? QString(limit).replace(u"65"_s, u"70"_s).replace(u"536"_s, u"000"_s)
                           : QString()),
        qPrintable(r.err));
}

void TestCliLanguage::unknownCommandInCatalogLanguage()
{
    // Whatever provena_de.ts says for this message is what German analysts read (the source
    // text while the entry is unfinished); English is the source.
    const QString source = u"provena-cli: unknown command '%1'\n\n"_s;
    const Run german = run({u"--lang"_s, u"de"_s, u"no-such-command"_s});
    QCOMPARE(german.exitCode, 64);
    QVERIFY2(german.err.startsWith(germanCatalogText(u"cli"_s, source).arg(u"no-such-command"_s)),
             qPrintable(german.err));
    const Run english = run({u"--lang"_s, u"en"_s, u"no-such-command"_s});
    QCOMPARE(english.exitCode, 64);
    QVERIFY(english.err.startsWith(source.arg(u"no-such-command"_s)));
}

void TestCliLanguage::unknownLanguageIsUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("code");
    QTest::newRow("xx") << QStringList {u"--lang"_s, u"xx"_s, u"agencies"_s} << u"xx"_s;
    QTest::newRow("=fr") << QStringList {u"--lang=fr"_s, u"--version"_s} << u"fr"_s;
    QTest::newRow("no value") << QStringList {u"--lang"_s} << QString();
}

void TestCliLanguage::unknownLanguageIsUsageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, code);
    const Run r = run(arguments);
    // A bad value on the command line, like every other: exit 64, nothing done.
    QCOMPARE(r.exitCode, 64);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(u"“%1”"_s.arg(code)), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"en, de, ko, ru"_s), qPrintable(r.err));
}

void TestCliLanguage::langBeforeExportKeepsItsApplication()
{
    // export needs fonts, hence its QGuiApplication: found past the --lang pair.
    const Run r = run({u"--lang"_s, u"de"_s, u"export"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"--no-pdf"_s));
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
