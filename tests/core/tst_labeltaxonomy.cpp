// SPDX-License-Identifier: MIT
// Label names by language (issue 15): the built-in labels speak German, Korean and Russian, a
// label without a translation falls back to English and then to its id, and the files that store
// labels for other programs (sidecars) keep ids and English names only.
#include "core/i18n/language.h"
#include "core/model/labeltaxonomy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace provena;

class TestLabelTaxonomy : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void builtInLabelsHaveEveryLanguage();
    void displayNameFallsBackToEnglishThenId();
    void displayNameFollowsTheLanguageInForce();
    void displayNameOfUnknownAndEmptyIds();
    void userLabelsWithoutTranslationsKeepTheirName();
    void labelsFileKeepsTranslationsSidecarArrayDoesNot();
    void translatedNamesFindTheLabel();
    void mergeKeepsTheBuiltInTranslations();
};

void TestLabelTaxonomy::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestLabelTaxonomy::builtInLabelsHaveEveryLanguage()
{
    const LabelTaxonomy builtIn = LabelTaxonomy::builtIn();
    QCOMPARE(builtIn.labels().size(), 11);
    for (const Label &label : builtIn.labels()) {
        QVERIFY2(!label.name.isEmpty() && !label.description.isEmpty(), qPrintable(label.id));
        for (const QString &code : {u"de"_s, u"ko"_s, u"ru"_s}) {
            QVERIFY2(!label.names.value(code).isEmpty(), qPrintable(label.id + u' ' + code));
            QVERIFY2(!label.descriptions.value(code).isEmpty(), qPrintable(label.id + u' ' + code));
            QCOMPARE(label.displayName(code), label.names.value(code));
            QCOMPARE(label.displayDescription(code), label.descriptions.value(code));
        }
        // Korean and Russian are written in their own scripts, not left in English.
        QVERIFY2(label.displayName(u"ko"_s) != label.name, qPrintable(label.id));
        QVERIFY2(label.displayName(u"ru"_s) != label.name, qPrintable(label.id));
    }
    const Label *person = builtIn.find(u"person"_s);
    QVERIFY(person);
    QCOMPARE(person->name, u"Person"_s);
    QCOMPARE(person->displayName(u"ko"_s), u"인물"_s);
    QCOMPARE(person->displayName(u"ru"_s), u"Человек"_s);
    QCOMPARE(builtIn.find(u"group"_s)->displayName(u"de"_s), u"Personengruppe"_s);
}

void TestLabelTaxonomy::displayNameFallsBackToEnglishThenId()
{
    Label label;
    label.id = u"tank"_s;
    label.name = u"Tank"_s;
    label.description = u"Armoured fighting vehicle"_s;
    label.names.insert(u"de"_s, u"Panzer"_s);
    QCOMPARE(label.displayName(u"de"_s), u"Panzer"_s);
    QCOMPARE(label.displayName(u"ko"_s), u"Tank"_s);
    QCOMPARE(label.displayName(u"en"_s), u"Tank"_s);
    QCOMPARE(label.displayName(u"C"_s), u"Tank"_s);
    QCOMPARE(label.displayDescription(u"de"_s), u"Armoured fighting vehicle"_s);
    label.name.clear();
    QCOMPARE(label.displayName(u"ko"_s), u"tank"_s);
    QCOMPARE(label.displayName(u"de"_s), u"Panzer"_s);
}

void TestLabelTaxonomy::displayNameFollowsTheLanguageInForce()
{
    const LabelTaxonomy builtIn = LabelTaxonomy::builtIn();
    const Label *vehicle = builtIn.find(u"vehicle"_s);
    QVERIFY(vehicle);
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    QCOMPARE(Language::current(), u"ko"_s);
    QCOMPARE(vehicle->displayName(), u"차량·장비"_s);
    QCOMPARE(builtIn.displayNameOf(u"vehicle"_s), u"차량·장비"_s);
    QLocale::setDefault(QLocale(QLocale::Russian));
    QCOMPARE(Language::current(), u"ru"_s);
    QCOMPARE(vehicle->displayName(), u"Техника"_s);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Austria));
    QCOMPARE(vehicle->displayName(), u"Fahrzeug"_s);
    QCOMPARE(vehicle->displayDescription(), u"Auto, Schiff, Flugzeug, Kran oder andere Maschine"_s);
    // A language Provena has no names in is English.
    QLocale::setDefault(QLocale(QLocale::French));
    QCOMPARE(vehicle->displayName(), u"Vehicle"_s);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(vehicle->displayName(), u"Vehicle"_s);
}

void TestLabelTaxonomy::displayNameOfUnknownAndEmptyIds()
{
    QLocale::setDefault(QLocale(QLocale::Korean));
    const LabelTaxonomy builtIn = LabelTaxonomy::builtIn();
    QCOMPARE(builtIn.displayNameOf(u"weapon"_s), u"무기"_s);
    QCOMPARE(builtIn.displayNameOf(u"not-a-label"_s), u"not-a-label"_s);
    QCOMPARE(builtIn.displayNameOf(QString(), u"(none)"_s), u"(none)"_s);
    QCOMPARE(builtIn.displayNameOf(QString()), QString());
}

void TestLabelTaxonomy::userLabelsWithoutTranslationsKeepTheirName()
{
    // As in ~/.config/provena/labels.json written by an older Provena or by hand.
    const QByteArray json = R"({"schema": "provena-labels/1", "labels": [
        {"id": "press-badge", "name": "Press badge", "colour": "#123456"},
        {"id": "checkpoint", "colour": "#654321"}]})";
    const Result<LabelTaxonomy> parsed = LabelTaxonomy::fromJson(json);
    QVERIFY(parsed);
    QLocale::setDefault(QLocale(QLocale::Russian));
    QCOMPARE(parsed->find(u"press-badge"_s)->displayName(), u"Press badge"_s);
    QCOMPARE(parsed->find(u"press-badge"_s)->names.size(), 0);
    // No name at all: the id (fromJsonArray makes it the name).
    QCOMPARE(parsed->displayNameOf(u"checkpoint"_s), u"checkpoint"_s);
}

void TestLabelTaxonomy::labelsFileKeepsTranslationsSidecarArrayDoesNot()
{
    LabelTaxonomy taxonomy;
    Label label;
    label.id = u"tank"_s;
    label.name = u"Tank"_s;
    label.colour = QColor(0x11, 0x22, 0x33);
    label.description = u"Armoured vehicle"_s;
    label.names = {{u"de"_s, u"Panzer"_s}, {u"ru"_s, u"Танк"_s}};
    label.descriptions = {{u"ko"_s, u"장갑차"_s}};
    taxonomy.insert(label);

    // The labels file (~/.config/provena/labels.json) keeps them …
    const Result<LabelTaxonomy> again = LabelTaxonomy::fromJson(taxonomy.toJson());
    QVERIFY(again);
    QCOMPARE(again->labels().size(), 1);
    QCOMPARE(again->labels().first(), label);

    // … the array a sidecar carries does not: ids, English names, colours, descriptions.
    const QJsonObject inSidecar = taxonomy.toJsonArray().first().toObject();
    QCOMPARE(inSidecar.keys(), QStringList({u"colour"_s, u"description"_s, u"id"_s, u"name"_s}));
    QCOMPARE(inSidecar.value(u"name"_s).toString(), u"Tank"_s);
    const QJsonObject withTranslations
        = taxonomy.toJsonArray(LabelTaxonomy::Translations::Include).first().toObject();
    QCOMPARE(withTranslations.value(u"names"_s).toObject().value(u"ru"_s).toString(), u"Танк"_s);
    QCOMPARE(withTranslations.value(u"descriptions"_s).toObject().value(u"ko"_s).toString(),
             u"장갑차"_s);
}

void TestLabelTaxonomy::translatedNamesFindTheLabel()
{
    const LabelTaxonomy builtIn = LabelTaxonomy::builtIn();
    QCOMPARE(builtIn.findByIdOrName(u"인물"_s)->id, u"person"_s);
    QCOMPARE(builtIn.findByIdOrName(u" техника "_s)->id, u"vehicle"_s);
    QCOMPARE(builtIn.findByIdOrName(u"Personengruppe"_s)->id, u"group"_s);
    QCOMPARE(builtIn.findByIdOrName(u"group of people"_s)->id, u"group"_s);
    QVERIFY(!builtIn.findByIdOrName(u"Panzer"_s));

    // An English name wins over another label's translation ("Bank" is German for bench).
    LabelTaxonomy taxonomy;
    Label bench;
    bench.id = u"seat"_s;
    bench.name = u"Bench"_s;
    bench.names.insert(u"de"_s, u"Bank"_s);
    Label bank;
    bank.id = u"money"_s;
    bank.name = u"Bank"_s;
    taxonomy.insert(bench);
    taxonomy.insert(bank);
    QCOMPARE(taxonomy.findByIdOrName(u"bank"_s)->id, u"money"_s);
    QCOMPARE(taxonomy.findByIdOrName(u"Bench"_s)->id, u"seat"_s);
}

void TestLabelTaxonomy::mergeKeepsTheBuiltInTranslations()
{
    // A sidecar carries "person" with its English name only; opening it keeps the translations.
    const QJsonArray fromSidecar = QJsonDocument::fromJson(R"([
        {"id": "person", "name": "Person", "colour": "#e6194b"},
        {"id": "tank", "name": "Tank", "colour": "#000000"}])")
                                       .array();
    const Result<LabelTaxonomy> sidecar = LabelTaxonomy::fromJsonArray(fromSidecar, {});
    QVERIFY(sidecar);
    LabelTaxonomy labels = LabelTaxonomy::builtIn();
    labels.merge(sidecar.value());
    QCOMPARE(labels.find(u"person"_s)->displayName(u"ko"_s), u"인물"_s);
    QCOMPARE(labels.find(u"tank"_s)->displayName(u"ko"_s), u"Tank"_s);
}

QTEST_GUILESS_MAIN(TestLabelTaxonomy)
#include "tst_labeltaxonomy.moc"
