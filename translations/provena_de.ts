<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AgenciesCommand</name>
    <message>
        <source>(yours)</source>
        <translation>(eigene)</translation>
    </message>
    <message>
        <source>List the agencies provenance suggestions know by name, or add and remove your own.

  agencies list [--json]
  agencies add ID --name [LANG=]NAME… [--abbr [LANG=]ABBR]… [--kind KIND]
               [--country CC] [--host HOST]… [--iri IRI]
  agencies remove ID

Names and abbreviations are English unless prefixed with a language code (&quot;ko=연합뉴스&quot;). KIND is state-media, wire-service, photo-agency, newspaper, broadcaster, government, person, organisation or unknown. Adding a built-in ID replaces that entry for you. Your agencies are stored in %1 and used by the GUI and provena-cli alike (format in docs/provenance.md).</source>
        <translation>Die Agenturen auflisten, die Herkunftsvorschläge namentlich kennen, oder eigene hinzufügen bzw. entfernen.

  agencies list [--json]
  agencies add ID --name [LANG=]NAME… [--abbr [LANG=]ABBR]… [--kind KIND]
               [--country CC] [--host HOST]… [--iri IRI]
  agencies remove ID

Namen und Abkürzungen sind englisch, sofern ihnen kein Sprachcode vorangestellt ist („ko=연합뉴스“). KIND ist state-media, wire-service, photo-agency, newspaper, broadcaster, government, person, organisation oder unknown. Das Hinzufügen einer integrierten ID ersetzt für Sie den integrierten Eintrag. Ihre Agenturen werden in %1 gespeichert und von der GUI wie von provena-cli verwendet (Format in docs/provenance.md).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Print JSON (list).</source>
        <translation>JSON ausgeben (list).</translation>
    </message>
    <message>
        <source>A name, [LANG=]NAME; repeat for other languages (add).</source>
        <translation>Ein Name, [LANG=]NAME; für weitere Sprachen wiederholen (add).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>An abbreviation, [LANG=]ABBR; repeatable (add).</source>
        <translation>Eine Abkürzung, [LANG=]ABBR; wiederholbar (add).</translation>
    </message>
    <message>
        <source>ABBR</source>
        <translation>ABBR</translation>
    </message>
    <message>
        <source>What kind of agent it is (add).</source>
        <translation>Art des Akteurs (add).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 country code, e.g. KP (add).</source>
        <translation>Ländercode nach ISO 3166-1 alpha-2, z. B. KP (add).</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>A web host it publishes on; repeatable (add).</source>
        <translation>Ein Web-Host, auf dem sie veröffentlicht; wiederholbar (add).</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>An identifier IRI you have checked (add).</source>
        <translation>Eine von Ihnen überprüfte Kennungs-IRI (add).</translation>
    </message>
    <message>
        <source>IRI</source>
        <translation>IRI</translation>
    </message>
    <message>
        <source>list, add or remove</source>
        <translation>list, add oder remove</translation>
    </message>
    <message>
        <source>agency id (add, remove)</source>
        <translation>Agentur-ID (add, remove)</translation>
    </message>
    <message>
        <source>[ID]</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <source>list takes no further arguments</source>
        <translation>list erwartet keine weiteren Argumente</translation>
    </message>
    <message>
        <source>unknown action “%1”</source>
        <translation>unbekannte Aktion „%1“</translation>
    </message>
    <message>
        <source>%1 needs exactly one agency ID</source>
        <translation>%1 erwartet genau eine Agentur-ID</translation>
    </message>
    <message>
        <source>agency ID “%1” must be 1–64 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>Agentur-ID „%1“ muss aus 1–64 Kleinbuchstaben, Ziffern, &apos;-&apos; oder &apos;_&apos; bestehen</translation>
    </message>
    <message>
        <source>add needs --name</source>
        <translation>add erfordert --name</translation>
    </message>
    <message>
        <source>--name “%1” has no name</source>
        <translation>--name „%1“ enthält keinen Namen</translation>
    </message>
    <message>
        <source>--abbr “%1” has no abbreviation</source>
        <translation>--abbr „%1“ enthält keine Abkürzung</translation>
    </message>
    <message>
        <source>“%1” is not a kind; use state-media, wire-service, photo-agency, newspaper, broadcaster, government, person, organisation or unknown</source>
        <translation>„%1“ ist keine gültige Art; zulässig sind state-media, wire-service, photo-agency, newspaper, broadcaster, government, person, organisation oder unknown</translation>
    </message>
    <message>
        <source>“%1” is not one of your agencies</source>
        <translation>„%1“ gehört nicht zu Ihren Agenturen</translation>
    </message>
</context>
<context>
    <name>AgencyDirectory</name>
    <message>
        <source>The agencies file</source>
        <translation>Die Agenturdatei</translation>
    </message>
    <message>
        <source>The agencies file is not valid at %1: %2.</source>
        <translation>Die Agenturdatei ist bei %1 ungültig: %2.</translation>
    </message>
    <message>
        <source>The agencies file has no &quot;agencies&quot; array; see docs/provenance.md for the format.</source>
        <translation>Die Agenturdatei enthält kein Array &quot;agencies&quot;; das Format ist in docs/provenance.md beschrieben.</translation>
    </message>
    <message>
        <source>An agency at %1 is not an object.</source>
        <translation>Eine Agentur bei %1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>The agency at %1 has no valid id (lower-case letters, digits, &quot;-&quot; and &quot;_&quot;, like &quot;kcna&quot;).</source>
        <translation>Die Agentur bei %1 hat keine gültige ID (Kleinbuchstaben, Ziffern, &quot;-&quot; und &quot;_&quot;, etwa &quot;kcna&quot;).</translation>
    </message>
    <message>
        <source>The agency id &quot;%1&quot; occurs twice; keep one of them.</source>
        <translation>Die Agentur-ID &quot;%1&quot; kommt zweimal vor; behalten Sie nur eine davon.</translation>
    </message>
    <message>
        <source>The name at %1 must be a non-empty string under a language code such as &quot;en&quot;.</source>
        <translation>Der Name bei %1 muss eine nicht leere Zeichenkette unter einem Sprachcode wie &quot;en&quot; sein.</translation>
    </message>
    <message>
        <source>The agency &quot;%1&quot; at %2 has no names; give at least &quot;names&quot;: {&quot;en&quot;: …}.</source>
        <translation>Die Agentur &quot;%1&quot; bei %2 hat keine Namen; geben Sie mindestens &quot;names&quot;: {&quot;en&quot;: …} an.</translation>
    </message>
    <message>
        <source>The abbreviations at %1 must be an object of lists by language.</source>
        <translation>Die Abkürzungen bei %1 müssen ein Objekt mit Listen je Sprache sein.</translation>
    </message>
    <message>
        <source>The abbreviations at %1 must be a list under a language code.</source>
        <translation>Die Abkürzungen bei %1 müssen eine Liste unter einem Sprachcode sein.</translation>
    </message>
    <message>
        <source>The abbreviation at %1[%2] must be a non-empty string.</source>
        <translation>Die Abkürzung bei %1[%2] muss eine nicht leere Zeichenkette sein.</translation>
    </message>
    <message>
        <source>The kind &quot;%1&quot; at %2 is not one Provena knows; use state-media, wire-service, photo-agency, newspaper, broadcaster, government, person, organisation or unknown.</source>
        <translation>Die Art &quot;%1&quot; bei %2 ist Provena nicht bekannt; zulässig sind state-media, wire-service, photo-agency, newspaper, broadcaster, government, person, organisation oder unknown.</translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; at %2 is not an ISO 3166-1 alpha-2 code such as &quot;KP&quot;.</source>
        <translation>Das Land &quot;%1&quot; bei %2 ist kein ISO-3166-1-alpha-2-Code wie &quot;KP&quot;.</translation>
    </message>
    <message>
        <source>The host at %1 must be a plain host name such as &quot;kcna.kp&quot;.</source>
        <translation>Der Host bei %1 muss ein einfacher Hostname wie &quot;kcna.kp&quot; sein.</translation>
    </message>
</context>
<context>
    <name>AnnotationImport</name>
    <message>
        <source>The %1 file</source>
        <translation>Die %1-Datei</translation>
    </message>
    <message>
        <source>The %1 file is not valid JSON: %2. Check that it is the file the tool saved, complete.</source>
        <translation>Die %1-Datei ist kein gültiges JSON: %2. Prüfen Sie, ob es sich um die vollständige, vom Werkzeug gespeicherte Datei handelt.</translation>
    </message>
    <message>
        <source>byte offset %1</source>
        <translation>Byte-Offset %1</translation>
    </message>
    <message>
        <source>The %1 file is not valid at %2: %3</source>
        <translation>Die %1-Datei ist bei %2 ungültig: %3</translation>
    </message>
    <message>
        <source>The %1 file is not valid JSON: %2.</source>
        <translation>Die %1-Datei ist kein gültiges JSON: %2.</translation>
    </message>
    <message>
        <source>This is not a %1 file: its top level is not a JSON object.</source>
        <translation>Dies ist keine %1-Datei: Die oberste Ebene ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1 is not a list of points</source>
        <translation>%1 ist keine Liste von Punkten</translation>
    </message>
    <message>
        <source>%1[%2] is not a pair of numbers [x, y]</source>
        <translation>%1[%2] ist kein Zahlenpaar [x, y]</translation>
    </message>
    <message>
        <source>%1 gives the image size as %2, the size of “%3” as stored, before its EXIF orientation %4 turns it to %5 for display: the shapes were drawn on the unturned image and have been turned with it.</source>
        <translation>%1 gibt die Bildgröße mit %2 an, der gespeicherten Größe von „%3“, bevor die EXIF-Ausrichtung %4 das Bild für die Anzeige auf %5 dreht: Die Formen wurden auf dem ungedrehten Bild gezeichnet und mit ihm gedreht.</translation>
    </message>
    <message>
        <source>%1 gives the image size as %2, but “%3” is %4 as displayed: the file may belong to another version of the image; shapes outside the image are refused.</source>
        <translation>%1 gibt die Bildgröße mit %2 an, aber „%3“ ist in der Anzeige %4 groß: Die Datei gehört möglicherweise zu einer anderen Version des Bildes; Formen außerhalb des Bildes werden abgelehnt.</translation>
    </message>
    <message>
        <source>%1 names the image “%2”, not “%3”: check that the file belongs to this image.</source>
        <translation>%1 nennt das Bild „%2“, nicht „%3“: Prüfen Sie, ob die Datei zu diesem Bild gehört.</translation>
    </message>
</context>
<context>
    <name>ArticleCopy</name>
    <message>
        <source>Provena does not save through a symbolic link. Choose another name or folder.</source>
        <translation>Provena speichert nicht über einen symbolischen Link. Wählen Sie einen anderen Namen oder Ordner.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>That is the article&apos;s own file: use File › Save to save it in place.</source>
        <translation>Das ist die Datei des Artikels selbst: Verwenden Sie Datei › Speichern, um sie an Ort und Stelle zu speichern.</translation>
    </message>
    <message>
        <source>The article changed on disk since it was opened. Reload it, then save it under the new name.</source>
        <translation>Der Artikel wurde seit dem Öffnen auf der Festplatte geändert. Laden Sie ihn neu und speichern Sie ihn dann unter dem neuen Namen.</translation>
    </message>
    <message>
        <source>Could not create the folder for the article&apos;s images.</source>
        <translation>Der Ordner für die Bilder des Artikels konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The file to copy</source>
        <translation>Die zu kopierende Datei</translation>
    </message>
</context>
<context>
    <name>ArticleParser</name>
    <message>
        <source>HTML nested deeper than %1 levels at line %2: images and captions inside it are not read</source>
        <translation>HTML in Zeile %2 ist tiefer als %1 Ebenen verschachtelt: Bilder und Bildunterschriften darin werden nicht gelesen</translation>
    </message>
    <message>
        <source>HTML at line %1 has %2 tags, more than the %3 Provena parses in one piece: images and captions inside it are not read</source>
        <translation>HTML in Zeile %1 hat %2 Tags, mehr als die %3, die Provena am Stück verarbeitet: Bilder und Bildunterschriften darin werden nicht gelesen</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation>Byte %1: %2</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>keine Textdatei</translation>
    </message>
    <message>
        <source>odd number of bytes in UTF-16 text</source>
        <translation>ungerade Anzahl von Bytes in UTF-16-Text</translation>
    </message>
    <message>
        <source>NUL character at byte %1</source>
        <translation>NUL-Zeichen bei Byte %1</translation>
    </message>
    <message>
        <source>unpaired UTF-16 surrogate</source>
        <translation>ungepaartes UTF-16-Surrogat</translation>
    </message>
    <message>
        <source>cannot decode %1 text</source>
        <translation>%1-Text kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>invalid %1 sequence</source>
        <translation>ungültige %1-Sequenz</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>UTF-32 text is not supported</source>
        <translation>UTF-32-Text wird nicht unterstützt</translation>
    </message>
    <message>
        <source>convert the file to UTF-8</source>
        <translation>konvertieren Sie die Datei nach UTF-8</translation>
    </message>
    <message>
        <source>NUL byte at byte %1</source>
        <translation>NUL-Byte bei Byte %1</translation>
    </message>
    <message>
        <source>too many control characters</source>
        <translation>zu viele Steuerzeichen</translation>
    </message>
    <message>
        <source>invalid UTF-8 sequence</source>
        <translation>ungültige UTF-8-Sequenz</translation>
    </message>
    <message>
        <source>; looks like %1, which is not read</source>
        <translation>; scheint %1 zu sein, was nicht gelesen wird</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <source>The article</source>
        <translation>Der Artikel</translation>
    </message>
</context>
<context>
    <name>BagVerifier</name>
    <message>
        <source>no file path after the checksum</source>
        <translation>kein Dateipfad nach der Prüfsumme</translation>
    </message>
    <message>
        <source>“%1” is not a %2 checksum</source>
        <translation>„%1“ ist keine %2-Prüfsumme</translation>
    </message>
    <message>
        <source>the path “%1” leaves the bag</source>
        <translation>der Pfad „%1“ verlässt das Paket</translation>
    </message>
    <message>
        <source>the path “%1” is not under data/</source>
        <translation>der Pfad „%1“ liegt nicht unter data/</translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>Line %1 of %2 is malformed: %3.</source>
        <translation>Zeile %1 von %2 ist fehlerhaft: %3.</translation>
    </message>
    <message>
        <source>The bag has no bagit.txt, so it is not a BagIt bag.</source>
        <translation>Das Paket enthält keine bagit.txt und ist daher kein BagIt-Paket.</translation>
    </message>
    <message>
        <source>bagit.txt must give “BagIt-Version: M.N” and “Tag-File-Character-Encoding”.</source>
        <translation>bagit.txt muss „BagIt-Version: M.N“ und „Tag-File-Character-Encoding“ angeben.</translation>
    </message>
    <message>
        <source>%1 uses the checksum algorithm “%2”, which Provena does not know.</source>
        <translation>%1 verwendet den Prüfsummenalgorithmus „%2“, den Provena nicht kennt.</translation>
    </message>
    <message>
        <source>The bag has no payload manifest (manifest-sha256.txt or another manifest-ALGORITHM.txt).</source>
        <translation>Das Paket hat kein Nutzdatenmanifest (manifest-sha256.txt oder ein anderes manifest-ALGORITHM.txt).</translation>
    </message>
    <message>
        <source>“%1”, listed in %2, is not in the bag.</source>
        <translation>„%1“, aufgeführt in %2, ist nicht im Paket enthalten.</translation>
    </message>
    <message>
        <source>The %1 checksum of “%2” does not match %3: the file was changed or damaged.</source>
        <translation>Die %1-Prüfsumme von „%2“ stimmt nicht mit %3 überein: Die Datei wurde geändert oder beschädigt.</translation>
    </message>
    <message>
        <source>“%1” is in the bag&apos;s payload but not listed in %2.</source>
        <translation>„%1“ ist in den Nutzdaten des Pakets enthalten, aber nicht in %2 aufgeführt.</translation>
    </message>
    <message>
        <source>Payload-Oxum “%1” in bag-info.txt is not OCTETS.FILES.</source>
        <translation>Payload-Oxum „%1“ in bag-info.txt hat nicht die Form OCTETS.FILES.</translation>
    </message>
    <message>
        <source>Payload-Oxum in bag-info.txt says %1 bytes in %2 files; the payload has %3 bytes in %4 files.</source>
        <translation>Payload-Oxum in bag-info.txt gibt %1 Bytes in %2 Dateien an; die Nutzdaten umfassen %3 Bytes in %4 Dateien.</translation>
    </message>
    <message>
        <source>The tag file “%1” is larger than %2 MiB or unreadable; it was not read, so what it says was not checked.</source>
        <translation>Die Tag-Datei „%1“ ist größer als %2 MiB oder nicht lesbar; sie wurde nicht gelesen, ihr Inhalt wurde daher nicht geprüft.</translation>
    </message>
    <message>
        <source>“%1” could not be read as a zip file.</source>
        <translation>„%1“ konnte nicht als ZIP-Datei gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>„%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The entry “%1” would not be extracted: %2.</source>
        <translation>Der Eintrag „%1“ würde nicht entpackt werden: %2.</translation>
    </message>
    <message>
        <source>“%1” lies outside the bag&apos;s folder: a bundle holds exactly one top-level folder.</source>
        <translation>„%1“ liegt außerhalb des Paketordners: Ein Paket enthält genau einen Ordner auf oberster Ebene.</translation>
    </message>
    <message>
        <source>The entry “%1” could not be read: %2</source>
        <translation>Der Eintrag „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” holds no folder; a bundle holds exactly one top-level folder.</source>
        <translation>„%1“ enthält keinen Ordner; ein Paket enthält genau einen Ordner auf oberster Ebene.</translation>
    </message>
    <message>
        <source>“%1” holds %2 top-level folders (%3); a bundle holds exactly one.</source>
        <translation>„%1“ enthält %2 Ordner auf oberster Ebene (%3); ein Paket enthält genau einen.</translation>
    </message>
    <message>
        <source>“%1” is not a folder, so it cannot be a bag.</source>
        <translation>„%1“ ist kein Ordner und kann daher kein Paket sein.</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link (to “%2”); a bag holds only files and folders.</source>
        <translation>„%1“ ist ein symbolischer Link (auf „%2“); ein Paket enthält nur Dateien und Ordner.</translation>
    </message>
    <message>
        <source>“%1” is %2; a bag holds only files and folders.</source>
        <translation>„%1“ ist %2; ein Paket enthält nur Dateien und Ordner.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>BagWriter</name>
    <message>
        <source>the path is empty</source>
        <translation>der Pfad ist leer</translation>
    </message>
    <message>
        <source>the path must be relative and &apos;/&apos;-separated</source>
        <translation>der Pfad muss relativ und durch &apos;/&apos; getrennt sein</translation>
    </message>
    <message>
        <source>the path contains “%”, a line break or a control character</source>
        <translation>der Pfad enthält „%“, einen Zeilenumbruch oder ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the path has an empty, “.” or “..” component</source>
        <translation>der Pfad enthält einen leeren Bestandteil, „.“ oder „..“</translation>
    </message>
    <message>
        <source>Could not write “%1”: “%2” cannot name the bag&apos;s folder. Choose a file name without “/”, “%” or control characters.</source>
        <translation>„%1“ konnte nicht geschrieben werden: „%2“ kann nicht als Name des Paketordners dienen. Wählen Sie einen Dateinamen ohne „/“, „%“ oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>Could not write “%1”: the bagging date is not a valid date.</source>
        <translation>„%1“ konnte nicht geschrieben werden: Das Paketierungsdatum ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>Could not write “%1”: “%2” cannot be a bag-info.txt label.</source>
        <translation>„%1“ konnte nicht geschrieben werden: „%2“ kann keine Bezeichnung in bag-info.txt sein.</translation>
    </message>
    <message>
        <source>Could not write “%1”: the payload file “%2” cannot be in a bag: %3.</source>
        <translation>„%1“ konnte nicht geschrieben werden: Die Nutzdatei „%2“ kann nicht in ein Paket aufgenommen werden: %3.</translation>
    </message>
    <message>
        <source>Could not write “%1”: the payload file “%2” is listed twice (or differs from another only by case).</source>
        <translation>„%1“ konnte nicht geschrieben werden: Die Nutzdatei „%2“ ist doppelt aufgeführt (oder unterscheidet sich von einer anderen nur in der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>The export to “%1” was cancelled; nothing was written.</source>
        <translation>Der Export nach „%1“ wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <source>The export to “%1” was cancelled; nothing was written.</source>
        <translation>Der Export nach „%1“ wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Provena bundle of %n article(s): %1</source>
        <translation>
            <numerusform>Provena-Paket mit %n Artikel: %1</numerusform>
            <numerusform>Provena-Paket mit %n Artikeln: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles to export to “%1”.</source>
        <translation>Keine Artikel zum Export nach „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a usable bundle name: the zip&apos;s name (without .zip) names the folder inside it.</source>
        <translation>„%1“ ist kein verwendbarer Paketname: Der Name der ZIP-Datei (ohne .zip) benennt den Ordner darin.</translation>
    </message>
    <message>
        <source>The bundle “%1” would overwrite the article it exports.</source>
        <translation>Das Paket „%1“ würde den Artikel überschreiben, den es exportiert.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder to prepare the bundle “%1”.</source>
        <translation>Es konnte kein temporärer Ordner zur Vorbereitung des Pakets „%1“ erstellt werden.</translation>
    </message>
    <message>
        <source>Could not write the staged file “%1”.</source>
        <translation>Die vorbereitete Datei „%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not create the staging folder for “%1”.</source>
        <translation>Der Vorbereitungsordner für „%1“ konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>image %1 (%2) is not in the bundle: %3</source>
        <translation>Bild %1 (%2) ist nicht im Paket enthalten: %3</translation>
    </message>
    <message>
        <source>image %1 (%2) has no local file (not fetched yet?); it is not in the bundle, only its annotations are</source>
        <translation>Bild %1 (%2) hat keine lokale Datei (noch nicht abgerufen?); es ist nicht im Paket enthalten, nur seine Annotationen</translation>
    </message>
    <message>
        <source>image %1 (%2) lies outside the article&apos;s folder; it is in the bundle as “%3”</source>
        <translation>Bild %1 (%2) liegt außerhalb des Artikelordners; es ist als „%3“ im Paket enthalten</translation>
    </message>
    <message>
        <source>image %1 (%2) changed since its regions were drawn; they are marked for review</source>
        <translation>Bild %1 (%2) wurde geändert, seit seine Regionen gezeichnet wurden; sie sind als „Prüfung nötig“ markiert</translation>
    </message>
    <message>
        <source>The XMP sidecar</source>
        <translation>Die XMP-Sidecar-Datei</translation>
    </message>
    <message>
        <source>image %1: %2; its XMP sidecar in the bundle holds only what Provena knows</source>
        <translation>Bild %1: %2; seine XMP-Sidecar-Datei im Paket enthält nur, was Provena bekannt ist</translation>
    </message>
    <message>
        <source>image %1: %2</source>
        <translation>Bild %1: %2</translation>
    </message>
    <message>
        <source>image %1: no XMP sidecar: %2</source>
        <translation>Bild %1: keine XMP-Sidecar-Datei: %2</translation>
    </message>
    <message>
        <source>image %1 (%2): no rendering: %3</source>
        <translation>Bild %1 (%2): keine Darstellung: %3</translation>
    </message>
    <message>
        <source>image %1, region %2: no crop: %3</source>
        <translation>Bild %1, Region %2: kein Ausschnitt: %3</translation>
    </message>
    <message>
        <source>coco.json: %1</source>
        <translation>coco.json: %1</translation>
    </message>
    <message>
        <source>no PDF report: %1</source>
        <translation>kein PDF-Bericht: %1</translation>
    </message>
    <message>
        <source>The sidecar of “%1” cannot be read, so its annotations cannot go into the bundle: %2</source>
        <translation>Die Sidecar-Datei von „%1“ kann nicht gelesen werden, daher können ihre Annotationen nicht in das Paket aufgenommen werden: %2</translation>
    </message>
    <message>
        <source>the text “%1” a link was anchored to is no longer in the article; the link stays in the sidecar, orphaned</source>
        <translation>der Text „%1“, an dem eine Verknüpfung verankert war, ist nicht mehr im Artikel enthalten; die Verknüpfung bleibt verwaist in der Sidecar-Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), bundled on %1.</source>
        <translation>
            <numerusform>%n Artikel, paketiert am %1.</numerusform>
            <numerusform>%n Artikel, paketiert am %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not encode the %1 view of “%2” as PNG.</source>
        <translation>Die Ansicht %1 von „%2“ konnte nicht als PNG kodiert werden.</translation>
    </message>
    <message>
        <source>image %1 (%2): no forensic views: %3</source>
        <translation>Bild %1 (%2): keine forensischen Ansichten: %3</translation>
    </message>
</context>
<context>
    <name>BundleImporter</name>
    <message>
        <source>Opening “%1” was cancelled; nothing was kept.</source>
        <translation>Das Öffnen von „%1“ wurde abgebrochen; es wurde nichts übernommen.</translation>
    </message>
    <message numerus="yes">
        <source>The bundle “%1” was not opened: %n problem(s) found when checking it; nothing was kept.</source>
        <translation>
            <numerusform>Das Paket „%1“ wurde nicht geöffnet: Bei der Prüfung wurde %n Problem gefunden; es wurde nichts übernommen.</numerusform>
            <numerusform>Das Paket „%1“ wurde nicht geöffnet: Bei der Prüfung wurden %n Probleme gefunden; es wurde nichts übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle “%1” holds no article with a Provena sidecar; nothing was kept.</source>
        <translation>Das Paket „%1“ enthält keinen Artikel mit Provena-Sidecar-Datei; es wurde nichts übernommen.</translation>
    </message>
</context>
<context>
    <name>BundleVerifier</name>
    <message>
        <source>“%1” is not the text its sidecar “%2” was written for (its SHA-256 differs from the one recorded).</source>
        <translation>„%1“ ist nicht der Text, für den seine Sidecar-Datei „%2“ geschrieben wurde (sein SHA-256 weicht vom gespeicherten ab).</translation>
    </message>
    <message>
        <source>%1: the text “%2” a link was anchored to (at %3–%4) is not in the article.</source>
        <translation>%1: Der Text „%2“, an dem eine Verknüpfung verankert war (bei %3–%4), ist nicht im Artikel enthalten.</translation>
    </message>
    <message>
        <source>%1: image %2 (%3) is not the one its regions were drawn on: SHA-256 %4, the sidecar recorded %5.</source>
        <translation>%1: Bild %2 (%3) ist nicht das Bild, auf dem seine Regionen gezeichnet wurden: SHA-256 %4, die Sidecar-Datei hat %5 gespeichert.</translation>
    </message>
    <message>
        <source>%1: the sidecar has regions on an image the article does not reference (%2).</source>
        <translation>%1: Die Sidecar-Datei enthält Regionen auf einem Bild, auf das der Artikel nicht verweist (%2).</translation>
    </message>
    <message>
        <source>%1: image %2 (%3): %4</source>
        <translation>%1: Bild %2 (%3): %4</translation>
    </message>
    <message>
        <source>The sidecar “%1” has no article “%2” beside it.</source>
        <translation>Neben der Sidecar-Datei „%1“ liegt kein Artikel „%2“.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder to check “%1” in.</source>
        <translation>Es konnte kein temporärer Ordner erstellt werden, um „%1“ darin zu prüfen.</translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message numerus="yes">
        <source>missing %1 argument(s)</source>
        <translation>
            <numerusform>%1 Argument fehlt</numerusform>
            <numerusform>%1 Argumente fehlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expected %1, got %n argument(s)</source>
        <translation>
            <numerusform>%1 erwartet, %n Argument erhalten</numerusform>
            <numerusform>%1 erwartet, %n Argumente erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>The sidecar could not be read; nothing was changed. Fix it, or move it aside, and run the command again.
</source>
        <translation>Die Sidecar-Datei konnte nicht gelesen werden; es wurde nichts geändert. Beheben Sie den Fehler oder verschieben Sie die Datei, und führen Sie den Befehl erneut aus.
</translation>
    </message>
    <message>
        <source>warning: text anchor %1 (“%2”) is orphaned
</source>
        <translation>Warnung: Textstelle %1 („%2“) ist verwaist
</translation>
    </message>
    <message>
        <source>no region (or more than one) matches “%1”</source>
        <translation>keine Region (oder mehr als eine) passt zu „%1“</translation>
    </message>
    <message>
        <source>Read image files the article references outside its own folder (&quot;../&quot;, absolute paths, file: URLs, links out of the folder). Without it they are reported and not read.</source>
        <translation>Bilddateien lesen, auf die der Artikel außerhalb seines eigenen Ordners verweist (&quot;../&quot;, absolute Pfade, file:-URLs, Links aus dem Ordner heraus). Ohne diese Option werden sie gemeldet und nicht gelesen.</translation>
    </message>
    <message>
        <source>warning: image %1: %2
</source>
        <translation>Warnung: Bild %1: %2
</translation>
    </message>
    <message>
        <source>Nothing was changed.
</source>
        <translation>Es wurde nichts geändert.
</translation>
    </message>
    <message numerus="yes">
        <source>The sidecar kept changing while provena-cli saved (%n attempt(s)); nothing was changed. Run the command again when the other program has finished.
</source>
        <translation>
            <numerusform>Die Sidecar-Datei hat sich beim Speichern durch provena-cli ständig geändert (%n Versuch); es wurde nichts geändert. Führen Sie den Befehl erneut aus, wenn das andere Programm fertig ist.
</numerusform>
            <numerusform>Die Sidecar-Datei hat sich beim Speichern durch provena-cli ständig geändert (%n Versuche); es wurde nichts geändert. Führen Sie den Befehl erneut aus, wenn das andere Programm fertig ist.
</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: XMP sidecar: %1
</source>
        <translation>Warnung: XMP-Sidecar-Datei: %1
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>Fehler: %1
</translation>
    </message>
    <message>
        <source>missing subcommand</source>
        <translation>Unterbefehl fehlt</translation>
    </message>
    <message>
        <source>unknown subcommand “%1”</source>
        <translation>unbekannter Unterbefehl „%1“</translation>
    </message>
</context>
<context>
    <name>CocoExport</name>
    <message>
        <source>%1[%2] is not an object.</source>
        <translation>%1[%2] ist kein Objekt.</translation>
    </message>
    <message>
        <source>%1: “id” is missing or not a whole number.</source>
        <translation>%1: „id“ fehlt oder ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1: the id %2 is already used by %3[%4].</source>
        <translation>%1: Die id %2 wird bereits von %3[%4] verwendet.</translation>
    </message>
    <message>
        <source>%1: “segmentation” is missing.</source>
        <translation>%1: „segmentation“ fehlt.</translation>
    </message>
    <message>
        <source>%1: a crowd annotation (iscrowd 1) needs a run-length segmentation {&quot;counts&quot;, &quot;size&quot;}.</source>
        <translation>%1: Eine Crowd-Annotation (iscrowd 1) benötigt eine lauflängenkodierte Segmentierung {&quot;counts&quot;, &quot;size&quot;}.</translation>
    </message>
    <message>
        <source>%1: “segmentation” must be a list of polygons when iscrowd is 0.</source>
        <translation>%1: „segmentation“ muss eine Liste von Polygonen sein, wenn iscrowd 0 ist.</translation>
    </message>
    <message>
        <source>%1: segmentation[%2] is not a polygon: it needs an even number of at least 6 coordinates, it has %3.</source>
        <translation>%1: segmentation[%2] ist kein Polygon: Es benötigt eine gerade Anzahl von mindestens 6 Koordinaten, hat aber %3.</translation>
    </message>
    <message>
        <source>values that are not numbers</source>
        <translation>Werte, die keine Zahlen sind</translation>
    </message>
    <message>
        <source>The list “%1” is missing.</source>
        <translation>Die Liste „%1“ fehlt.</translation>
    </message>
    <message>
        <source>%1: “width” and “height” must be positive numbers.</source>
        <translation>%1: „width“ und „height“ müssen positive Zahlen sein.</translation>
    </message>
    <message>
        <source>%1: “file_name” is missing or empty.</source>
        <translation>%1: „file_name“ fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>%1: “name” is missing or empty.</source>
        <translation>%1: „name“ fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>%1: image_id %2 names no image of “images”.</source>
        <translation>%1: image_id %2 bezeichnet kein Bild aus „images“.</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>%1: category_id %2 names no category of “categories”.</source>
        <translation>%1: category_id %2 bezeichnet keine Kategorie aus „categories“.</translation>
    </message>
    <message>
        <source>%1: “iscrowd” must be 0 or 1.</source>
        <translation>%1: „iscrowd“ muss 0 oder 1 sein.</translation>
    </message>
    <message>
        <source>%1: “bbox” must be [x, y, width, height], four numbers.</source>
        <translation>%1: „bbox“ muss [x, y, width, height] sein, vier Zahlen.</translation>
    </message>
    <message>
        <source>%1: bbox [%2] has no width or no height.</source>
        <translation>%1: bbox [%2] hat keine Breite oder keine Höhe.</translation>
    </message>
    <message>
        <source>%1: bbox [%2] is not inside image %3 (%4×%5).</source>
        <translation>%1: bbox [%2] liegt nicht innerhalb von Bild %3 (%4×%5).</translation>
    </message>
    <message>
        <source>%1: “area” is missing or not a number of 0 or more.</source>
        <translation>%1: „area“ fehlt oder ist keine Zahl größer oder gleich 0.</translation>
    </message>
    <message>
        <source>%1: the area is 0 although it has a segmentation.</source>
        <translation>%1: Die Fläche ist 0, obwohl eine Segmentierung vorhanden ist.</translation>
    </message>
</context>
<context>
    <name>CocoReader</name>
    <message>
        <source>This is not a COCO file: it has no “%1” list. Choose a COCO annotation file (with images, annotations and categories), or another --format.</source>
        <translation>Dies ist keine COCO-Datei: Sie enthält keine Liste „%1“. Wählen Sie eine COCO-Annotationsdatei (mit images, annotations und categories) oder ein anderes --format.</translation>
    </message>
    <message>
        <source>The COCO file has no image whose file_name is “%1”; choose one of its images by id instead.</source>
        <translation>Die COCO-Datei enthält kein Bild mit dem file_name „%1“; wählen Sie stattdessen eines ihrer Bilder über die id.</translation>
    </message>
    <message>
        <source>The COCO file has no image with id %1.</source>
        <translation>Die COCO-Datei enthält kein Bild mit der id %1.</translation>
    </message>
    <message>
        <source>images: %1</source>
        <translation>Bilder: %1</translation>
    </message>
    <message>
        <source>The COCO file has %1 images named “%2”; choose one by id.</source>
        <translation>Die COCO-Datei enthält %1 Bilder mit dem Namen „%2“; wählen Sie eines über die id.</translation>
    </message>
    <message>
        <source>The COCO file has %1 images with id %2; it is not valid COCO.</source>
        <translation>Die COCO-Datei enthält %1 Bilder mit der id %2; sie ist kein gültiges COCO.</translation>
    </message>
    <message>
        <source>%1: category_id %2 is not in the file&apos;s categories</source>
        <translation>%1: category_id %2 ist nicht unter den Kategorien der Datei</translation>
    </message>
    <message>
        <source>%1: a crowd annotation (iscrowd 1) is a run-length encoded bitmap; Provena has no bitmap regions</source>
        <translation>%1: Eine Crowd-Annotation (iscrowd 1) ist eine lauflängenkodierte Bitmap; Provena hat keine Bitmap-Regionen</translation>
    </message>
    <message>
        <source>%1: the score is not a number</source>
        <translation>%1: Der score ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: the segmentation is run-length encoded (a bitmap); Provena has no bitmap regions</source>
        <translation>%1: Die Segmentierung ist lauflängenkodiert (eine Bitmap); Provena hat keine Bitmap-Regionen</translation>
    </message>
    <message>
        <source>%1: the segmentation has %2 polygons (one object in several parts); Provena has no multi-part region. Split the object into one annotation per part.</source>
        <translation>%1: Die Segmentierung hat %2 Polygone (ein Objekt aus mehreren Teilen); Provena hat keine mehrteiligen Regionen. Teilen Sie das Objekt in eine Annotation pro Teil auf.</translation>
    </message>
    <message>
        <source>%1: segmentation[0] is not a polygon (an even number of at least 6 coordinates x1, y1, x2, y2, …)</source>
        <translation>%1: segmentation[0] ist kein Polygon (eine gerade Anzahl von mindestens 6 Koordinaten x1, y1, x2, y2, …)</translation>
    </message>
    <message>
        <source>%1: there is no polygon segmentation, and the bbox is not [x, y, width, height] with a width and height of 0 or more</source>
        <translation>%1: Es gibt keine Polygon-Segmentierung, und die bbox ist nicht [x, y, width, height] mit Breite und Höhe von mindestens 0</translation>
    </message>
    <message numerus="yes">
        <source>The keypoints of %n annotation(s) are not imported: Provena has no keypoint regions (the outline is).</source>
        <translation>
            <numerusform>Die Keypoints von %n Annotation werden nicht importiert: Provena hat keine Keypoint-Regionen (die Umrisslinie wird importiert).</numerusform>
            <numerusform>Die Keypoints von %n Annotationen werden nicht importiert: Provena hat keine Keypoint-Regionen (die Umrisslinie wird importiert).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionConflicts</name>
    <message>
        <source>There is no merge conflict on “%1” of %2.</source>
        <translation>Es gibt keinen Zusammenführungskonflikt bei „%1“ von %2.</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>Claim “%1” (%2) on image %3</source>
        <translation>Herkunftsangabe „%1“ (%2) zu Bild %3</translation>
    </message>
    <message>
        <source>Label “%1”</source>
        <translation>Kategorie „%1“</translation>
    </message>
    <message>
        <source>An item no longer in the sidecar (%1)</source>
        <translation>Ein Eintrag, der nicht mehr in der Sidecar-Datei steht (%1)</translation>
    </message>
    <message>
        <source>The article’s sidecar</source>
        <translation>Die Sidecar-Datei des Artikels</translation>
    </message>
    <message>
        <source>Their value cannot be taken: %1</source>
        <translation>Der andere Wert kann nicht übernommen werden: %1</translation>
    </message>
</context>
<context>
    <name>ConflictsCommand</name>
    <message>
        <source>Merge conflicts to resolve (provena-cli conflicts resolve ARTICLE --item ITEM --field F --take ours|theirs):</source>
        <translation>Zu lösende Zusammenführungskonflikte (provena-cli conflicts resolve ARTICLE --item ITEM --field F --take ours|theirs):</translation>
    </message>
    <message>
        <source>%1, %2: mine %3 | theirs %4</source>
        <translation>%1, %2: meine %3 | andere %4</translation>
    </message>
    <message>
        <source>Resolve a merge conflict marked on the collection (a claim, an image, a label definition or a field of the sidecar both sides of a merge changed, as `inspect` lists it) and save the sidecar: --take ours keeps the value the article has, --take theirs sets the other side&apos;s. Prints the item.</source>
        <translation>Einen Zusammenführungskonflikt lösen, der an der Sammlung vermerkt ist (eine Herkunftsangabe, ein Bild, eine Kategoriedefinition oder ein Feld der Sidecar-Datei, das beide Seiten einer Zusammenführung geändert haben, wie `inspect` ihn auflistet), und die Sidecar-Datei speichern: --take ours behält den Wert des Artikels, --take theirs setzt den der anderen Seite. Gibt den Eintrag aus.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The item as `inspect` lists it (a claim also by its id).</source>
        <translation>Der Eintrag, wie `inspect` ihn auflistet (eine Herkunftsangabe auch über ihre ID).</translation>
    </message>
    <message>
        <source>The conflicting field, e.g. status.</source>
        <translation>Das Feld mit dem Konflikt, z. B. status.</translation>
    </message>
    <message>
        <source>ours or theirs.</source>
        <translation>ours oder theirs.</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>Die Artikeldatei.</translation>
    </message>
    <message>
        <source>--item, --field and --take ours|theirs are required</source>
        <translation>--item, --field und --take ours|theirs sind erforderlich</translation>
    </message>
    <message>
        <source>Usage: %1 resolve ARTICLE --item ITEM --field F --take ours|theirs
`%2 inspect ARTICLE` lists the conflicts to resolve.
</source>
        <translation>Aufruf: %1 resolve ARTICLE --item ITEM --field F --take ours|theirs
`%2 inspect ARTICLE` listet die zu lösenden Konflikte auf.
</translation>
    </message>
</context>
<context>
    <name>CopyMoveDetector</name>
    <message>
        <source>Copy-move detection failed on this image.</source>
        <translation>Die Copy-Move-Erkennung ist für dieses Bild fehlgeschlagen.</translation>
    </message>
    <message>
        <source>There is no image to analyse.</source>
        <translation>Es gibt kein Bild zum Analysieren.</translation>
    </message>
    <message>
        <source>Not enough memory for copy-move detection on this image.</source>
        <translation>Nicht genügend Speicher für die Copy-Move-Erkennung in diesem Bild.</translation>
    </message>
</context>
<context>
    <name>DocumentIO</name>
    <message>
        <source>The existing sidecar could not be read, so Provena will not overwrite it. Keep a copy of it first (&quot;Save and keep the broken file&quot;).</source>
        <translation>Die vorhandene Sidecar-Datei konnte nicht gelesen werden, daher überschreibt Provena sie nicht. Bewahren Sie zuerst eine Kopie davon auf („Speichern und beschädigte Datei behalten“).</translation>
    </message>
    <message>
        <source>Could not keep a copy of the broken sidecar.</source>
        <translation>Es konnte keine Kopie der beschädigten Sidecar-Datei aufbewahrt werden.</translation>
    </message>
    <message>
        <source>The sidecar</source>
        <translation>Die Sidecar-Datei</translation>
    </message>
    <message>
        <source>“%1” was created by another program after Provena opened the article, so Provena saved nothing and left it as it is. Reload to see it, or save your version under another name.</source>
        <translation>„%1“ wurde von einem anderen Programm erstellt, nachdem Provena den Artikel geöffnet hatte; Provena hat daher nichts gespeichert und die Datei unverändert gelassen. Laden Sie neu, um sie anzuzeigen, oder speichern Sie Ihre Version unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved by another program after Provena read it, so Provena saved nothing. Reload, or save your version under another name.</source>
        <translation>„%1“ wurde von einem anderen Programm gelöscht oder verschoben, nachdem Provena die Datei gelesen hatte; Provena hat daher nichts gespeichert. Laden Sie neu oder speichern Sie Ihre Version unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program after Provena read it, so Provena saved nothing and did not overwrite it. Reload to see the other version, or save yours under another name.</source>
        <translation>„%1“ wurde von einem anderen Programm auf der Festplatte geändert, nachdem Provena die Datei gelesen hatte; Provena hat daher nichts gespeichert und sie nicht überschrieben. Laden Sie neu, um die andere Version anzuzeigen, oder speichern Sie Ihre unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>The image “%1” the annotations were made on is not there any more (the sidecar recorded it as “%2”). Put it back, or attach a local copy.</source>
        <translation>Das Bild „%1“, auf dem die Annotationen erstellt wurden, ist nicht mehr vorhanden (die Sidecar-Datei hat es als „%2“ gespeichert). Stellen Sie es wieder her oder ordnen Sie eine lokale Kopie zu.</translation>
    </message>
    <message>
        <source>no local file</source>
        <translation>keine lokale Datei</translation>
    </message>
    <message>
        <source>The broken sidecar</source>
        <translation>Die beschädigte Sidecar-Datei</translation>
    </message>
    <message>
        <source>The image “%1” is not there (%2). Put it back, or attach a local copy.</source>
        <translation>Das Bild „%1“ ist nicht vorhanden (%2). Stellen Sie es wieder her oder ordnen Sie eine lokale Kopie zu.</translation>
    </message>
    <message>
        <source>The image</source>
        <translation>Das Bild</translation>
    </message>
    <message>
        <source>Could not read the image “%1” (%2). Check that the file is readable, or move it away.</source>
        <translation>Das Bild „%1“ konnte nicht gelesen werden (%2). Prüfen Sie, ob die Datei lesbar ist, oder verschieben Sie sie.</translation>
    </message>
    <message>
        <source>“%1” is not an image Provena can read (%2), so it was not hashed. Replace it with the image, or attach the right file.</source>
        <translation>„%1“ ist kein Bild, das Provena lesen kann (%2), daher wurde kein Hash berechnet. Ersetzen Sie die Datei durch das Bild oder ordnen Sie die richtige Datei zu.</translation>
    </message>
    <message>
        <source>Could not read the image “%1” to check it against the annotations (%2). Check that the file is readable, or move it away and open again.</source>
        <translation>Das Bild „%1“ konnte nicht gelesen werden, um es mit den Annotationen abzugleichen (%2). Prüfen Sie, ob die Datei lesbar ist, oder verschieben Sie sie und öffnen Sie erneut.</translation>
    </message>
    <message>
        <source>The image “%1” lies outside the article&apos;s folder (%2), so Provena did not read it. Move it into the folder, or allow images outside the folder for this article.</source>
        <translation>Das Bild „%1“ liegt außerhalb des Artikelordners (%2), daher hat Provena es nicht gelesen. Verschieben Sie es in den Ordner oder erlauben Sie für diesen Artikel Bilder außerhalb des Ordners.</translation>
    </message>
    <message>
        <source>The image “%1” is not in the article&apos;s folder. Put it there, or fix the reference.</source>
        <translation>Das Bild „%1“ befindet sich nicht im Artikelordner. Legen Sie es dort ab oder korrigieren Sie den Verweis.</translation>
    </message>
</context>
<context>
    <name>EvidenceGroups</name>
    <message>
        <source>Who made and released it</source>
        <translation>Wer es erstellt und veröffentlicht hat</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <source>Software and editing history</source>
        <translation>Software und Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Document identifiers</source>
        <translation>Dokumentkennungen</translation>
    </message>
</context>
<context>
    <name>ExifThumbnailReader</name>
    <message>
        <source>Could not read the EXIF thumbnail of “%1”: the file is damaged or not an image format Provena knows.</source>
        <translation>Das EXIF-Vorschaubild von „%1“ konnte nicht gelesen werden: Die Datei ist beschädigt oder kein Bildformat, das Provena kennt.</translation>
    </message>
    <message>
        <source>“%1” has no embedded EXIF thumbnail.</source>
        <translation>„%1“ enthält kein eingebettetes EXIF-Vorschaubild.</translation>
    </message>
    <message>
        <source>The image</source>
        <translation>Das Bild</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>preparing %1/%2: %3</source>
        <translation>%1/%2 wird vorbereitet: %3</translation>
    </message>
    <message>
        <source>writing %1 of %2 MB</source>
        <translation>%1 von %2 MB werden geschrieben</translation>
    </message>
    <message>
        <source>Export articles with their annotations, images, XMP sidecars, renderings, crops, COCO file and report as one BagIt bag inside a zip (docs/bundles.md). A folder argument stands for the articles directly in it (.md, .markdown, .mdown, .mkd, .txt, .text; not its subfolders).
Exit 0: the bundle was written (warnings, if any, on stderr); 2: an article or its sidecar could not be read, or the zip could not be written (nothing is left at its path); 64: bad command line.</source>
        <translation>Artikel mit ihren Annotationen, Bildern, XMP-Sidecar-Dateien, Darstellungen, Ausschnitten, COCO-Datei und Bericht als ein BagIt-Paket in einer ZIP-Datei exportieren (docs/bundles.md). Ein Ordner als Argument steht für die Artikel direkt darin (.md, .markdown, .mdown, .mkd, .txt, .text; nicht seine Unterordner).
Exit 0: Das Paket wurde geschrieben (etwaige Warnungen auf stderr); 2: Ein Artikel oder seine Sidecar-Datei konnte nicht gelesen oder die ZIP-Datei nicht geschrieben werden (unter ihrem Pfad bleibt nichts zurück); 64: fehlerhafte Befehlszeile.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The bundle to write (.zip).</source>
        <translation>Das zu schreibende Paket (.zip).</translation>
    </message>
    <message>
        <source>The Bagging-Date and every entry&apos;s time (default: today, UTC); the same inputs and date give the same zip.</source>
        <translation>Das Bagging-Date und der Zeitstempel jedes Eintrags (Standard: heute, UTC); dieselben Eingaben und dasselbe Datum ergeben dieselbe ZIP-Datei.</translation>
    </message>
    <message>
        <source>No renderings or crops.</source>
        <translation>Keine Darstellungen oder Ausschnitte.</translation>
    </message>
    <message>
        <source>No PDF of the report.</source>
        <translation>Kein PDF des Berichts.</translation>
    </message>
    <message>
        <source>bag-info Source-Organization (default: bundle/sourceOrganization in Provena.conf).</source>
        <translation>bag-info Source-Organization (Standard: bundle/sourceOrganization in Provena.conf).</translation>
    </message>
    <message>
        <source>bag-info Contact-Name (default: bundle/contactName).</source>
        <translation>bag-info Contact-Name (Standard: bundle/contactName).</translation>
    </message>
    <message>
        <source>bag-info Contact-Email (default: bundle/contactEmail).</source>
        <translation>bag-info Contact-Email (Standard: bundle/contactEmail).</translation>
    </message>
    <message>
        <source>bag-info External-Description (default: the number of articles and their titles).</source>
        <translation>bag-info External-Description (Standard: die Anzahl der Artikel und ihre Titel).</translation>
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation>Ausgeben, was geschrieben wurde, als JSON.</translation>
    </message>
    <message>
        <source>Article files or folders of articles.</source>
        <translation>Artikeldateien oder Ordner mit Artikeln.</translation>
    </message>
    <message>
        <source>no ARTICLE given</source>
        <translation>kein ARTICLE angegeben</translation>
    </message>
    <message>
        <source>-o BUNDLE.zip is required</source>
        <translation>-o BUNDLE.zip ist erforderlich</translation>
    </message>
    <message>
        <source>--date: “%1” is not a date as YYYY-MM-DD</source>
        <translation>--date: „%1“ ist kein Datum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1: no articles (.md, .txt, …) in this folder.
</source>
        <translation>%1: keine Artikel (.md, .txt, …) in diesem Ordner.
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n article(s), %2 files, %3 MB of payload, %4 MB zip (bag “%5”)
</source>
        <translation>
            <numerusform>%1: %n Artikel, %2 Dateien, %3 MB Nutzdaten, %4 MB ZIP (Paket „%5“)
</numerusform>
            <numerusform>%1: %n Artikel, %2 Dateien, %3 MB Nutzdaten, %4 MB ZIP (Paket „%5“)
</numerusform>
        </translation>
    </message>
    <message>
        <source>--forensics: “%1” is not a view (ela, noise, gradient, copymove)</source>
        <translation>--forensics: „%1“ ist keine Ansicht (ela, noise, gradient, copymove)</translation>
    </message>
    <message>
        <source>--forensics: no view named (ela, noise, gradient, copymove)</source>
        <translation>--forensics: keine Ansicht angegeben (ela, noise, gradient, copymove)</translation>
    </message>
    <message>
        <source>Also write forensic views of every image as forensics/IMAGE-VIEW.png, listed in the report (aids, not a verdict). VIEWS: a comma-separated list of ela, noise, gradient, copymove; --forensics alone means ela,noise,gradient.</source>
        <translation>Zusätzlich forensische Ansichten jedes Bildes als forensics/IMAGE-VIEW.png schreiben und im Bericht aufführen (Hilfsmittel, kein Urteil). VIEWS: eine kommagetrennte Liste aus ela, noise, gradient, copymove; --forensics allein bedeutet ela,noise,gradient.</translation>
    </message>
</context>
<context>
    <name>FaceDetector</name>
    <message>
        <source>Face detection in “%1” was cancelled.</source>
        <translation>Die Gesichtserkennung in „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The face detector file “%1” could not be read. Reinstall the opencv-data package.</source>
        <translation>Die Datei „%1“ des Gesichtsdetektors konnte nicht gelesen werden. Installieren Sie das Paket opencv-data neu.</translation>
    </message>
    <message>
        <source>Face detection needs the file “%1”, which is not installed. Install the opencv-data package, or set %2 to a folder holding it.</source>
        <translation>Die Gesichtserkennung benötigt die Datei „%1“, die nicht installiert ist. Installieren Sie das Paket opencv-data oder setzen Sie %2 auf einen Ordner, der sie enthält.</translation>
    </message>
    <message>
        <source>There is no picture in “%1” to look for faces in.</source>
        <translation>In „%1“ gibt es kein Bild, in dem nach Gesichtern gesucht werden kann.</translation>
    </message>
    <message>
        <source>Face detection failed on “%1”.</source>
        <translation>Die Gesichtserkennung in „%1“ ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Not enough memory to look for faces in “%1”.</source>
        <translation>Nicht genügend Speicher, um in „%1“ nach Gesichtern zu suchen.</translation>
    </message>
</context>
<context>
    <name>FacesCommand</name>
    <message>
        <source>Image %1 has no local file to look for faces in: fetch it first (provena-cli fetch) or attach a copy.</source>
        <translation>Bild %1 hat keine lokale Datei, in der nach Gesichtern gesucht werden kann: Rufen Sie es zuerst ab (provena-cli fetch) oder ordnen Sie eine Kopie zu.</translation>
    </message>
    <message numerus="yes">
        <source>image %1 (%2): %n new face(s)</source>
        <translation>
            <numerusform>Bild %1 (%2): %n neues Gesicht</numerusform>
            <numerusform>Bild %1 (%2): %n neue Gesichter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already annotated</source>
        <translation>
            <numerusform>, %n bereits annotiert</numerusform>
            <numerusform>, %n bereits annotiert</numerusform>
        </translation>
    </message>
    <message>
        <source>votes %1</source>
        <translation>%1 Stimmen</translation>
    </message>
    <message>
        <source>(profile)</source>
        <translation>(Profil)</translation>
    </message>
    <message>
        <source>→ person region %1</source>
        <translation>→ Personenregion %1</translation>
    </message>
    <message>
        <source>Look for faces in the article&apos;s images (Haar cascades from opencv-data) and print them as suggestions in image pixels. Faces that a person region already covers are not offered again. With --accept, every suggestion becomes a person region (one undo step) and the sidecar is saved.</source>
        <translation>In den Bildern des Artikels nach Gesichtern suchen (Haar-Kaskaden aus opencv-data) und sie als Vorschläge in Bildpixeln ausgeben. Gesichter, die bereits von einer Personenregion abgedeckt sind, werden nicht erneut vorgeschlagen. Mit --accept wird jeder Vorschlag zu einer Personenregion (ein Rückgängig-Schritt) und die Sidecar-Datei wird gespeichert.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Only image N, from 1 in article order.</source>
        <translation>Nur Bild N, ab 1 in Artikelreihenfolge.</translation>
    </message>
    <message>
        <source>Add every suggestion as a person region and save.</source>
        <translation>Jeden Vorschlag als Personenregion hinzufügen und speichern.</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-faces/1, see docs/cli.md).</source>
        <translation>JSON ausgeben (Schema provena-faces/1, siehe docs/cli.md).</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>Die Artikeldatei.</translation>
    </message>
    <message>
        <source>--image takes a number, from 1</source>
        <translation>--image erwartet eine Zahl ab 1</translation>
    </message>
    <message numerus="yes">
        <source>the article has %n image(s); there is no image %1</source>
        <translation>
            <numerusform>der Artikel hat %n Bild; es gibt kein Bild %1</numerusform>
            <numerusform>der Artikel hat %n Bilder; es gibt kein Bild %1</numerusform>
        </translation>
    </message>
    <message>
        <source>provena-cli faces: image %1: %2
</source>
        <translation>provena-cli faces: Bild %1: %2
</translation>
    </message>
    <message>
        <source>Who is annotating (default: your name in Preferences, else $USER).</source>
        <translation>Wer annotiert (Standard: Ihr Name in den Einstellungen, sonst $USER).</translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message>
        <source>--image takes a number from 1</source>
        <translation>--image erwartet eine Zahl ab 1</translation>
    </message>
    <message>
        <source>--max-size takes a number of MB above 0</source>
        <translation>--max-size erwartet eine Anzahl MB größer als 0</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds above 0 (at most 3600)</source>
        <translation>--timeout erwartet eine Anzahl Sekunden größer als 0 (höchstens 3600)</translation>
    </message>
    <message>
        <source>image %1: %2 of %3 KB</source>
        <translation>Bild %1: %2 von %3 KB</translation>
    </message>
    <message>
        <source>image %1: %2 KB</source>
        <translation>Bild %1: %2 KB</translation>
    </message>
    <message>
        <source>Fetch the images the article names by http or https URL and has no local file of, into the folder STEM_files/ beside it, and record for each a &quot;retrieved&quot; custody event (final URL, HTTP status and headers, size, SHA-256) in the sidecar. Prints one line per image saved; refusals go to stderr.</source>
        <translation>Die Bilder, die der Artikel per http- oder https-URL nennt und für die keine lokale Datei vorliegt, in den Ordner STEM_files/ daneben abrufen und für jedes ein Weitergabeereignis „retrieved“ (endgültige URL, HTTP-Status und -Header, Größe, SHA-256) in der Sidecar-Datei festhalten. Gibt eine Zeile pro gespeichertem Bild aus; Ablehnungen gehen an stderr.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Only image N (from 1, in article order).</source>
        <translation>Nur Bild N (ab 1, in Artikelreihenfolge).</translation>
    </message>
    <message>
        <source>No network access: every fetch is refused (as with the setting network/offline).</source>
        <translation>Kein Netzwerkzugriff: Jeder Abruf wird abgelehnt (wie mit der Einstellung network/offline).</translation>
    </message>
    <message>
        <source>The most a download may be, in MB (default 100, or network/maxDownloadMB).</source>
        <translation>Maximale Größe eines Downloads in MB (Standard 100 oder network/maxDownloadMB).</translation>
    </message>
    <message>
        <source>Give up when the server does not answer, or sends nothing, for this long (default 15 s to answer, 30 s between data).</source>
        <translation>Aufgeben, wenn der Server so lange nicht antwortet oder nichts sendet (Standard 15 s bis zur Antwort, 30 s zwischen Daten).</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>Die Artikeldatei.</translation>
    </message>
    <message numerus="yes">
        <source>image %1 does not exist: the article has %n image(s)</source>
        <translation>
            <numerusform>Bild %1 existiert nicht: Der Artikel hat %n Bild</numerusform>
            <numerusform>Bild %1 existiert nicht: Der Artikel hat %n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>image %1: it already has a local file, “%2”; nothing to fetch.
</source>
        <translation>Bild %1: Es hat bereits eine lokale Datei, „%2“; nichts abzurufen.
</translation>
    </message>
    <message>
        <source>image %1: “%2” is not an http or https address; Provena fetches nothing else.
</source>
        <translation>Bild %1: „%2“ ist keine http- oder https-Adresse; Provena ruft nichts anderes ab.
</translation>
    </message>
    <message>
        <source>Nothing to fetch: every image has a local file or no http(s) address.
</source>
        <translation>Nichts abzurufen: Jedes Bild hat eine lokale Datei oder keine http(s)-Adresse.
</translation>
    </message>
    <message>
        <source>image %1: %2
</source>
        <translation>Bild %1: %2
</translation>
    </message>
    <message>
        <source>image %1: already there %2 (%3 bytes, sha256 %4), same as %5
</source>
        <translation>Bild %1: %2 bereits vorhanden (%3 Bytes, sha256 %4), identisch mit %5
</translation>
    </message>
    <message>
        <source>image %1: saved %2 (%3 bytes, sha256 %4) from %5
</source>
        <translation>Bild %1: %2 gespeichert (%3 Bytes, sha256 %4) von %5
</translation>
    </message>
</context>
<context>
    <name>FileAccess</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Check that you may open the folders on its path.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie, ob Sie die Ordner auf dem Pfad öffnen dürfen.</translation>
    </message>
    <message>
        <source>%1 cannot be reached.</source>
        <translation>%1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 is a link to “%2”, which does not exist.</source>
        <translation>%1 ist ein Link auf „%2“, das nicht existiert.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source> (it links to “%1”)</source>
        <translation> (verweist auf „%1“)</translation>
    </message>
    <message>
        <source>%1 is %2%3: Provena reads only regular files. Open the file itself, or save its content as a regular file first.</source>
        <translation>%1 ist %2%3: Provena liest nur reguläre Dateien. Öffnen Sie die Datei selbst oder speichern Sie ihren Inhalt zuerst als reguläre Datei.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation>eine reguläre Datei</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 could not be opened. Check that you may read it.</source>
        <translation>%1 konnte nicht geöffnet werden. Prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most Provena reads of it.</source>
        <translation>%1 ist größer als %2, die maximale Menge, die Provena davon liest.</translation>
    </message>
</context>
<context>
    <name>FindVersionsCommand</name>
    <message>
        <source>in %1, image %2</source>
        <translation>in %1, Bild %2</translation>
    </message>
    <message>
        <source>caption: %1</source>
        <translation>Bildunterschrift: %1</translation>
    </message>
    <message>
        <source>credit: %1</source>
        <translation>Bildnachweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n other version(s) under %1</source>
        <translation>
            <numerusform>%n weitere Version unter %1</numerusform>
            <numerusform>%n weitere Versionen unter %1</numerusform>
        </translation>
    </message>
    <message>
        <source>dHash distance %1 (mirrored %2), found by %3</source>
        <translation>dHash-Abstand %1 (gespiegelt %2), gefunden über %3</translation>
    </message>
    <message>
        <source>Index: %1 images (%2 hashed now, %3 from the cache, %4 gone)%5</source>
        <translation>Index: %1 Bilder (%2 jetzt gehasht, %3 aus dem Cache, %4 entfernt)%5</translation>
    </message>
    <message>
        <source>; rebuilt: %1</source>
        <translation>; neu aufgebaut: %1</translation>
    </message>
    <message>
        <source>Compared: %1 by close hashes, %2 by features alone; %3 beyond the budget</source>
        <translation>Verglichen: %1 über ähnliche Hashes, %2 allein über Merkmale; %3 über das Budget hinaus</translation>
    </message>
    <message>
        <source>Find every other version of IMAGE under DIR: re-encodes, crops, scaled and mirrored copies, with the articles (.md, .txt) that show them, their captions and credits. The perceptual hashes of DIR&apos;s images are cached in DIR/.provena/versions-index.json and only new or changed files are hashed again.</source>
        <translation>Alle anderen Versionen von IMAGE unter DIR finden: neu kodierte, zugeschnittene, skalierte und gespiegelte Kopien, mit den Artikeln (.md, .txt), die sie zeigen, samt Bildunterschriften und Bildnachweisen. Die Wahrnehmungs-Hashes der Bilder in DIR werden in DIR/.provena/versions-index.json zwischengespeichert; nur neue oder geänderte Dateien werden erneut gehasht.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-versions/1, see docs/cli.md).</source>
        <translation>JSON ausgeben (Schema provena-versions/1, siehe docs/cli.md).</translation>
    </message>
    <message>
        <source>Compare at most N images whose hashes differ by features (crops); default 200.</source>
        <translation>Höchstens N Bilder vergleichen, deren Hashes sich unterscheiden, über Merkmale (Ausschnitte); Standard 200.</translation>
    </message>
    <message>
        <source>The image whose versions to find.</source>
        <translation>Das Bild, dessen Versionen gesucht werden.</translation>
    </message>
    <message>
        <source>The folder to search, recursively.</source>
        <translation>Der zu durchsuchende Ordner (rekursiv).</translation>
    </message>
    <message>
        <source>--feature-budget needs a whole number of images, 0 or more.</source>
        <translation>--feature-budget erwartet eine ganze Anzahl von Bildern, 0 oder mehr.</translation>
    </message>
    <message>
        <source>Also offer each other appearance as a provenance suggestion (republisher, with the other file and the match as evidence). Nothing is recorded.</source>
        <translation>Zusätzlich jedes andere Vorkommen als Herkunftsvorschlag anbieten (Weiterverbreiter, mit der anderen Datei und dem Treffer als Beleg). Es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Provenance suggestions (not recorded; accept them in the Provenance dock):</source>
        <translation>Herkunftsvorschläge (nicht erfasst; nehmen Sie sie in der Leiste „Herkunft“ an):</translation>
    </message>
</context>
<context>
    <name>ForensicView</name>
    <message>
        <source>Unknown forensic view.</source>
        <translation>Unbekannte forensische Ansicht.</translation>
    </message>
    <message>
        <source>Error level analysis</source>
        <translation>Fehlerniveauanalyse (ELA)</translation>
    </message>
    <message>
        <source>Noise residual</source>
        <translation>Rauschresiduum</translation>
    </message>
    <message>
        <source>Luminance gradient</source>
        <translation>Helligkeitsgradient</translation>
    </message>
    <message>
        <source>Copy-move (clones)</source>
        <translation>Copy-Move (Klone)</translation>
    </message>
    <message>
        <source>Bright areas changed more when the photo was saved again as JPEG; an area brighter or darker than similar surroundings may have another history. Edges and fine texture are always bright.</source>
        <translation>Helle Bereiche haben sich beim erneuten Speichern des Fotos als JPEG stärker verändert; ein Bereich, der heller oder dunkler ist als eine ähnliche Umgebung, kann eine andere Vorgeschichte haben. Kanten und feine Texturen sind immer hell.</translation>
    </message>
    <message>
        <source>The fine noise left after a median filter; an area with a different noise texture may come from another camera or have been retouched.</source>
        <translation>Das feine Rauschen, das nach einem Medianfilter übrig bleibt; ein Bereich mit anderer Rauschtextur kann von einer anderen Kamera stammen oder retuschiert worden sein.</translation>
    </message>
    <message>
        <source>Edge strength of the brightness; pasted objects can have edges sharper or softer than the rest of the photo.</source>
        <translation>Kantenstärke der Helligkeit; eingefügte Objekte können schärfere oder weichere Kanten haben als der Rest des Fotos.</translation>
    </message>
    <message>
        <source>Pairs of areas that look copied one onto the other (cyan and magenta). Repeating things such as windows, tiles or crowds match too.</source>
        <translation>Paare von Bereichen, die aufeinander kopiert aussehen (Cyan und Magenta). Sich wiederholende Dinge wie Fenster, Fliesen oder Menschenmengen stimmen ebenfalls überein.</translation>
    </message>
</context>
<context>
    <name>ForensicsCommand</name>
    <message>
        <source>Could not encode the view as PNG for “%1”.</source>
        <translation>Die Ansicht konnte für „%1“ nicht als PNG kodiert werden.</translation>
    </message>
    <message>
        <source>Compute a forensic view of an image: error level analysis (ela), noise residual (noise), luminance gradient (gradient) or copy-move clone detection (copymove). These are aids: they show evidence, they do not say an image is fake.
Exit 0: the view was computed (copymove: no cloned areas found); 1: copymove found cloned areas; 2: the image could not be read or the output not written; 64: bad command line.</source>
        <translation>Eine forensische Ansicht eines Bildes berechnen: Fehlerniveauanalyse (ela), Rauschresiduum (noise), Helligkeitsgradient (gradient) oder Copy-Move-Erkennung (copymove). Dies sind Hilfsmittel: Sie zeigen Belege, sie sagen nicht, dass ein Bild gefälscht ist.
Exit 0: Die Ansicht wurde berechnet (copymove: keine geklonten Bereiche gefunden); 1: copymove hat geklonte Bereiche gefunden; 2: Das Bild konnte nicht gelesen oder die Ausgabe nicht geschrieben werden; 64: fehlerhafte Befehlszeile.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>ela, noise, gradient or copymove.</source>
        <translation>ela, noise, gradient oder copymove.</translation>
    </message>
    <message>
        <source>ela: the JPEG quality to recompress at, 1–100 (default 90).</source>
        <translation>ela: die JPEG-Qualität für die erneute Kompression, 1–100 (Standard 90).</translation>
    </message>
    <message>
        <source>ela and noise: the factor on the difference (default 20 for ela, 10 for noise).</source>
        <translation>ela und noise: der Verstärkungsfaktor der Differenz (Standard 20 für ela, 10 für noise).</translation>
    </message>
    <message>
        <source>Write the view as a PNG (copymove: the photo with the areas outlined).</source>
        <translation>Die Ansicht als PNG schreiben (copymove: das Foto mit umrandeten Bereichen).</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-forensics/1, see docs/cli.md).</source>
        <translation>JSON ausgeben (Schema provena-forensics/1, siehe docs/cli.md).</translation>
    </message>
    <message>
        <source>The image file.</source>
        <translation>Die Bilddatei.</translation>
    </message>
    <message>
        <source>--view is required (ela, noise, gradient or copymove).</source>
        <translation>--view ist erforderlich (ela, noise, gradient oder copymove).</translation>
    </message>
    <message>
        <source>Unknown view “%1”: use ela, noise, gradient or copymove.</source>
        <translation>Unbekannte Ansicht „%1“: Verwenden Sie ela, noise, gradient oder copymove.</translation>
    </message>
    <message>
        <source>--quality must be a whole number from 1 to 100, not “%1”.</source>
        <translation>--quality muss eine ganze Zahl von 1 bis 100 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--amplification must be a number above 0 and at most 1000, not “%1”.</source>
        <translation>--amplification muss eine Zahl größer als 0 und höchstens 1000 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>No cloned areas found.</source>
        <translation>Keine geklonten Bereiche gefunden.</translation>
    </message>
    <message>
        <source>%1,%2 %3×%4 ↔ %5,%6 %7×%8 (%9 matching keypoints)</source>
        <translation>%1,%2 %3×%4 ↔ %5,%6 %7×%8 (%9 übereinstimmende Schlüsselpunkte)</translation>
    </message>
    <message>
        <source>Mean level %1, maximum %2 (0–255).</source>
        <translation>Mittlerer Pegel %1, Maximum %2 (0–255).</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Geschrieben nach %1.</translation>
    </message>
    <message>
        <source>An aid: it shows evidence, it does not say the image is fake.</source>
        <translation>Ein Hilfsmittel: Es zeigt Belege, es sagt nicht, dass das Bild gefälscht ist.</translation>
    </message>
</context>
<context>
    <name>GitSetupCommand</name>
    <message>
        <source>git was not found on PATH; install git (Debian: apt install git).</source>
        <translation>git wurde nicht im PATH gefunden; installieren Sie git (Debian: apt install git).</translation>
    </message>
    <message>
        <source>git %1 failed.</source>
        <translation>git %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>A folder inside the repository (default: the current one).</source>
        <translation>Ein Ordner innerhalb des Repositorys (Standard: der aktuelle).</translation>
    </message>
    <message>
        <source>%1: not inside a git repository (%2)
</source>
        <translation>%1: nicht innerhalb eines git-Repositorys (%2)
</translation>
    </message>
    <message>
        <source>git config merge.provena.driver: %1
</source>
        <translation>git config merge.provena.driver: %1
</translation>
    </message>
    <message>
        <source>%1: added “%2”
</source>
        <translation>%1: „%2“ hinzugefügt
</translation>
    </message>
    <message>
        <source>%1: already has “%2”
</source>
        <translation>%1: enthält bereits „%2“
</translation>
    </message>
    <message>
        <source>Install provena-cli merge as the merge driver of sidecars (*.provena.jsonld) in a git repository: merge.provena.driver and merge.provena.name in the repository&apos;s config (through git config), the line “%1” in .gitattributes at its top, and “%2” in its .gitignore (the sidecar&apos;s backup and save lock), each when missing. Running it again changes nothing.
Exit 0: done; 2: not a git repository, or git or the file could not be run or written.</source>
        <translation>provena-cli merge als Merge-Treiber für Sidecar-Dateien (*.provena.jsonld) in einem git-Repository einrichten: merge.provena.driver und merge.provena.name in der Konfiguration des Repositorys (über git config), die Zeile „%1“ in .gitattributes auf oberster Ebene und „%2“ in dessen .gitignore (Sicherungskopie und Speichersperre der Sidecar-Datei), jeweils falls sie fehlen. Ein erneuter Aufruf ändert nichts.
Exit 0: erledigt; 2: kein git-Repository, oder git konnte nicht ausgeführt bzw. die Datei nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ImageDecoder</name>
    <message>
        <source>“%1” is not an image Provena can read. Check that the file is complete and really is a JPEG, PNG, GIF or BMP image.</source>
        <translation>„%1“ ist kein Bild, das Provena lesen kann. Prüfen Sie, ob die Datei vollständig ist und wirklich ein JPEG-, PNG-, GIF- oder BMP-Bild ist.</translation>
    </message>
    <message>
        <source>“%1” is too large to open: %2 × %3 pixels (%4 megapixels), more than the limit of %5 megapixels.</source>
        <translation>„%1“ ist zu groß zum Öffnen: %2 × %3 Pixel (%4 Megapixel), mehr als die Grenze von %5 Megapixeln.</translation>
    </message>
    <message>
        <source>Could not decode the image “%1”: the file is damaged or uses a variant of its format that Provena cannot read.</source>
        <translation>Das Bild „%1“ konnte nicht dekodiert werden: Die Datei ist beschädigt oder verwendet eine Variante ihres Formats, die Provena nicht lesen kann.</translation>
    </message>
    <message>
        <source>The image “%1” is incomplete: its data ends before the end of the picture. The file was probably cut off while downloading or copying; fetch it again.</source>
        <translation>Das Bild „%1“ ist unvollständig: Seine Daten enden vor dem Ende des Bildes. Die Datei wurde vermutlich beim Herunterladen oder Kopieren abgeschnitten; rufen Sie sie erneut ab.</translation>
    </message>
    <message>
        <source>Could not read the image “%1”.</source>
        <translation>Das Bild „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Not enough memory to decode the image “%1”. Close other images or open a preview instead.</source>
        <translation>Nicht genügend Speicher, um das Bild „%1“ zu dekodieren. Schließen Sie andere Bilder oder öffnen Sie stattdessen eine Vorschau.</translation>
    </message>
    <message>
        <source>Could not make a preview of “%1”: the requested size %2 is not positive.</source>
        <translation>Von „%1“ konnte keine Vorschau erstellt werden: Die angeforderte Größe %2 ist nicht positiv.</translation>
    </message>
    <message>
        <source>“%1” is a damaged PNG image: a part of it claims more data than the file holds. Fetch the image again or re-save it with an image editor.</source>
        <translation>„%1“ ist ein beschädigtes PNG-Bild: Ein Teil davon beansprucht mehr Daten, als die Datei enthält. Rufen Sie das Bild erneut ab oder speichern Sie es mit einem Bildbearbeitungsprogramm neu.</translation>
    </message>
    <message>
        <source>The image</source>
        <translation>Das Bild</translation>
    </message>
    <message>
        <source>The image “%1” is larger than %2 MiB, the most Provena reads of an image.</source>
        <translation>Das Bild „%1“ ist größer als %2 MiB, die maximale Größe, die Provena von einem Bild liest.</translation>
    </message>
    <message>
        <source>The embedded thumbnail of “%1” could not be decoded.</source>
        <translation>Das eingebettete Vorschaubild von „%1“ konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>Provena’s image decoders (%1) could not be loaded: reinstall Provena.</source>
        <translation>Die Bilddecoder von Provena (%1) konnten nicht geladen werden: Installieren Sie Provena neu.</translation>
    </message>
    <message>
        <source>“%1” is not a progressive JPEG, so it has no coarse first scan to show.</source>
        <translation>„%1“ ist kein progressives JPEG und hat daher keinen groben ersten Scan zum Anzeigen.</translation>
    </message>
</context>
<context>
    <name>ImageEvidence</name>
    <message>
        <source>%1 (EXIF thumbnail)</source>
        <translation>%1 (EXIF-Vorschaubild)</translation>
    </message>
    <message>
        <source>The EXIF thumbnail could not be decoded, so it was not compared with the image: %1</source>
        <translation>Das EXIF-Vorschaubild konnte nicht dekodiert werden und wurde daher nicht mit dem Bild verglichen: %1</translation>
    </message>
    <message>
        <source>The image could not be decoded, so its EXIF thumbnail was not compared with it: %1</source>
        <translation>Das Bild konnte nicht dekodiert werden, daher wurde sein EXIF-Vorschaubild nicht damit verglichen: %1</translation>
    </message>
    <message>
        <source>The embedded EXIF thumbnail does not show the main image: their perceptual hashes differ in %1 of 64 bits (more than %2 means different pictures). The image was changed after the thumbnail was made, or the thumbnail was replaced.</source>
        <translation>Das eingebettete EXIF-Vorschaubild zeigt nicht das Hauptbild: Ihre Wahrnehmungs-Hashes unterscheiden sich in %1 von 64 Bits (mehr als %2 bedeutet verschiedene Bilder). Das Bild wurde nach dem Erstellen des Vorschaubilds geändert, oder das Vorschaubild wurde ersetzt.</translation>
    </message>
</context>
<context>
    <name>ImageForensics</name>
    <message>
        <source>The forensic view was cancelled.</source>
        <translation>Die forensische Ansicht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The forensic view could not be computed (%1).</source>
        <translation>Die forensische Ansicht konnte nicht berechnet werden (%1).</translation>
    </message>
    <message>
        <source>Not enough memory for the forensic view of this image. Close other images and try again.</source>
        <translation>Nicht genügend Speicher für die forensische Ansicht dieses Bildes. Schließen Sie andere Bilder und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no image to analyse.</source>
        <translation>Es gibt kein Bild zum Analysieren.</translation>
    </message>
    <message>
        <source>error level analysis</source>
        <translation>Fehlerniveauanalyse</translation>
    </message>
    <message>
        <source>noise residual</source>
        <translation>Rauschresiduum</translation>
    </message>
    <message>
        <source>luminance gradient</source>
        <translation>Helligkeitsgradient</translation>
    </message>
    <message>
        <source>histogram</source>
        <translation>Histogramm</translation>
    </message>
</context>
<context>
    <name>ImageHasher</name>
    <message>
        <source>Could not read “%1” to compute its checksum.</source>
        <translation>„%1“ konnte nicht gelesen werden, um die Prüfsumme zu berechnen.</translation>
    </message>
    <message>
        <source>Could not compute the checksum of “%1”: %2</source>
        <translation>Die Prüfsumme von „%1“ konnte nicht berechnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ImageMatcher</name>
    <message>
        <source>Could not find the features of %1.</source>
        <translation>Die Merkmale von %1 konnten nicht ermittelt werden.</translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation>%1 ist kein Bild.</translation>
    </message>
    <message>
        <source>Could not match %1 with %2.</source>
        <translation>%1 konnte nicht mit %2 abgeglichen werden.</translation>
    </message>
    <message>
        <source>%1 matches passed the ratio test, %2 agreed.</source>
        <translation>%1 Übereinstimmungen haben den Ratio-Test bestanden, %2 davon passen zur Ausrichtung.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 do not show the same picture: only %n feature match(es) agree on one alignment.</source>
        <translation>
            <numerusform>%1 und %2 zeigen nicht dasselbe Bild: Nur %n Merkmalsübereinstimmung passt zu einer Ausrichtung.</numerusform>
            <numerusform>%1 und %2 zeigen nicht dasselbe Bild: Nur %n Merkmalsübereinstimmungen passen zu einer Ausrichtung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Extract a bundle into DIR/&lt;bag name&gt; (refusing unsafe entries and zip bombs), verify its checksums and sidecars, and print the bag folder and its articles.
Exit 0: opened; 2: the zip cannot be read, is unsafe, does not verify, or its folder already exists in DIR (nothing is left behind).</source>
        <translation>Ein Paket nach DIR/&lt;bag name&gt; entpacken (unsichere Einträge und ZIP-Bomben werden abgelehnt), seine Prüfsummen und Sidecar-Dateien überprüfen und den Paketordner sowie seine Artikel ausgeben.
Exit 0: geöffnet; 2: Die ZIP-Datei kann nicht gelesen werden, ist unsicher, besteht die Prüfung nicht oder ihr Ordner existiert bereits in DIR (es bleibt nichts zurück).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The bundle (.zip).</source>
        <translation>Das Paket (.zip).</translation>
    </message>
    <message>
        <source>The folder to extract into (it must exist).</source>
        <translation>Der Ordner, in den entpackt wird (er muss existieren).</translation>
    </message>
    <message>
        <source>%1: not a folder; create it first.
</source>
        <translation>%1: kein Ordner; erstellen Sie ihn zuerst.
</translation>
    </message>
    <message>
        <source>bag: %1
</source>
        <translation>Paket: %1
</translation>
    </message>
    <message>
        <source>article: %1
</source>
        <translation>Artikel: %1
</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-inspect/1, see docs/inspect-json.md).</source>
        <translation>JSON ausgeben (Schema provena-inspect/1, siehe docs/inspect-json.md).</translation>
    </message>
    <message>
        <source>The article file (.md, .txt).</source>
        <translation>Die Artikeldatei (.md, .txt).</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>Print what Provena understands of an article file: title, date, byline, paragraphs and images with captions, credits and dates; and the merge conflicts its sidecar marks on claims, images, labels or its own fields.</source>
        <translation>Ausgeben, was Provena aus einer Artikeldatei erkennt: Titel, Datum, Autorenzeile, Absätze und Bilder mit Bildunterschriften, Bildnachweisen und Datumsangaben; dazu die Zusammenführungskonflikte, die ihre Sidecar-Datei an Herkunftsangaben, Bildern, Kategorien oder eigenen Feldern vermerkt.</translation>
    </message>
</context>
<context>
    <name>InspectSummary</name>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source> (from the content)</source>
        <translation> (aus dem Inhalt)</translation>
    </message>
    <message>
        <source> with BOM</source>
        <translation> mit BOM</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Byline:</source>
        <translation>Autorenzeile:</translation>
    </message>
    <message>
        <source>Paragraphs:</source>
        <translation>Absätze:</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <source>local:</source>
        <translation>lokal:</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(nicht gefunden)</translation>
    </message>
    <message>
        <source>caption:</source>
        <translation>Bildunterschrift:</translation>
    </message>
    <message>
        <source>from:</source>
        <translation>von:</translation>
    </message>
    <message>
        <source>credit:</source>
        <translation>Bildnachweis:</translation>
    </message>
    <message>
        <source>(year unknown)</source>
        <translation>(Jahr unbekannt)</translation>
    </message>
    <message>
        <source>date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>year: %1</source>
        <translation>Jahr: %1</translation>
    </message>
    <message>
        <source>release:</source>
        <translation>Veröffentlichung:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>(outside the article&apos;s folder, not read; --allow-outside reads it)</source>
        <translation>(außerhalb des Artikelordners, nicht gelesen; --allow-outside liest es)</translation>
    </message>
    <message>
        <source>(outside the article&apos;s folder, read as allowed)</source>
        <translation>(außerhalb des Artikelordners, wie erlaubt gelesen)</translation>
    </message>
    <message>
        <source>outside:</source>
        <translation>außerhalb:</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
</context>
<context>
    <name>JpegQuantization</name>
    <message>
        <source>“%1” is not a JPEG file (it does not start with a JPEG marker), so it has no quantisation tables.</source>
        <translation>„%1“ ist keine JPEG-Datei (sie beginnt nicht mit einem JPEG-Marker) und hat daher keine Quantisierungstabellen.</translation>
    </message>
    <message>
        <source>“%1” is a JPEG file but no quantisation table was found before its image data (the file may be damaged or truncated).</source>
        <translation>„%1“ ist eine JPEG-Datei, aber vor ihren Bilddaten wurde keine Quantisierungstabelle gefunden (die Datei ist möglicherweise beschädigt oder abgeschnitten).</translation>
    </message>
    <message>
        <source>The tables are exactly the standard IJG (libjpeg) tables at quality %1. libjpeg, libjpeg-turbo, OpenCV, Qt, GIMP, ImageMagick, Pillow and many web services write these tables; they do not say which of them saved the file.</source>
        <translation>Die Tabellen sind genau die Standard-IJG-Tabellen (libjpeg) bei Qualität %1. libjpeg, libjpeg-turbo, OpenCV, Qt, GIMP, ImageMagick, Pillow und viele Webdienste schreiben diese Tabellen; sie verraten nicht, welches davon die Datei gespeichert hat.</translation>
    </message>
    <message>
        <source>The tables are not the standard IJG (libjpeg) tables at any quality: a camera, phone or editor with its own tables (Photoshop, for one) saved the file. Estimated quality on the IJG scale: about %1. Provena does not identify which program that was.</source>
        <translation>Die Tabellen entsprechen bei keiner Qualität den Standard-IJG-Tabellen (libjpeg): Eine Kamera, ein Telefon oder ein Editor mit eigenen Tabellen (etwa Photoshop) hat die Datei gespeichert. Geschätzte Qualität auf der IJG-Skala: etwa %1. Provena ermittelt nicht, welches Programm das war.</translation>
    </message>
    <message>
        <source>The file ends or is damaged before its image data; the tables may be incomplete.</source>
        <translation>Die Datei endet vor ihren Bilddaten oder ist davor beschädigt; die Tabellen sind möglicherweise unvollständig.</translation>
    </message>
</context>
<context>
    <name>JpegTablesCommand</name>
    <message>
        <source>Print a JPEG file&apos;s quantisation tables, the quality they correspond to on the IJG (libjpeg) scale and whether they are exactly libjpeg&apos;s standard tables.
Exit 0: tables printed; 1: the file is not a JPEG or has no tables; 2: the file could not be read; 64: bad command line.</source>
        <translation>Die Quantisierungstabellen einer JPEG-Datei ausgeben, die Qualität, der sie auf der IJG-Skala (libjpeg) entsprechen, und ob sie genau die Standardtabellen von libjpeg sind.
Exit 0: Tabellen ausgegeben; 1: Die Datei ist kein JPEG oder hat keine Tabellen; 2: Die Datei konnte nicht gelesen werden; 64: fehlerhafte Befehlszeile.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-jpeg-tables/1, see docs/cli.md).</source>
        <translation>JSON ausgeben (Schema provena-jpeg-tables/1, siehe docs/cli.md).</translation>
    </message>
    <message>
        <source>The JPEG file.</source>
        <translation>Die JPEG-Datei.</translation>
    </message>
    <message>
        <source>Table %1 (%2-bit, natural order)</source>
        <translation>Tabelle %1 (%2 Bit, natürliche Reihenfolge)</translation>
    </message>
    <message>
        <source>Estimated quality: %1</source>
        <translation>Geschätzte Qualität: %1</translation>
    </message>
</context>
<context>
    <name>JsonStrictness</name>
    <message>
        <source>nested deeper than %1 levels of objects and arrays; flatten it</source>
        <translation>tiefer als %1 Ebenen aus Objekten und Arrays verschachtelt; flachen Sie die Struktur ab</translation>
    </message>
    <message>
        <source>the text is %1 characters long, more than the %2 allowed; shorten it</source>
        <translation>der Text ist %1 Zeichen lang, mehr als die erlaubten %2; kürzen Sie ihn</translation>
    </message>
    <message>
        <source>the key “%1” occurs twice in the same object (first at line %2, column %3); JSON does not say which one counts, so remove one of them</source>
        <translation>der Schlüssel „%1“ kommt im selben Objekt zweimal vor (zuerst in Zeile %2, Spalte %3); JSON legt nicht fest, welcher gilt, entfernen Sie daher einen davon</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>die oberste Ebene</translation>
    </message>
    <message>
        <source>could not be checked (%1)</source>
        <translation>konnte nicht geprüft werden (%1)</translation>
    </message>
    <message>
        <source>this is not strict JSON: %1</source>
        <translation>dies ist kein striktes JSON: %1</translation>
    </message>
</context>
<context>
    <name>LabelTaxonomy</name>
    <message>
        <source>The label file is not valid JSON.</source>
        <translation>Die Kategoriedatei ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The label file has no &quot;labels&quot; array.</source>
        <translation>Die Kategoriedatei enthält kein Array &quot;labels&quot;.</translation>
    </message>
    <message>
        <source>A label has no id.</source>
        <translation>Eine Kategorie hat keine ID.</translation>
    </message>
    <message>
        <source>The label file is not valid at %1: %2.</source>
        <translation>Die Kategoriedatei ist bei %1 ungültig: %2.</translation>
    </message>
    <message>
        <source>The label file</source>
        <translation>Die Kategoriedatei</translation>
    </message>
</context>
<context>
    <name>LabelmeReader</name>
    <message>
        <source>This is not a labelme file: it has no “shapes” list. Choose the JSON file labelme saved next to the image, or another --format.</source>
        <translation>Dies ist keine labelme-Datei: Sie enthält keine Liste „shapes“. Wählen Sie die JSON-Datei, die labelme neben dem Bild gespeichert hat, oder ein anderes --format.</translation>
    </message>
    <message>
        <source>The file was written by labelme %1, newer than the %2.x files this reader knows; check the imported shapes.</source>
        <translation>Die Datei wurde von labelme %1 geschrieben, neuer als die %2.x-Dateien, die dieser Leser kennt; prüfen Sie die importierten Formen.</translation>
    </message>
    <message>
        <source>%1: not a shape object</source>
        <translation>%1: kein Formobjekt</translation>
    </message>
    <message>
        <source>%1: the label is not text</source>
        <translation>%1: Die Kategorie ist kein Text</translation>
    </message>
    <message numerus="yes">
        <source>%1: a labelme %2 needs %3, this one has %n point(s)</source>
        <translation>
            <numerusform>%1: Die labelme-Form %2 benötigt %3, diese hat %n Punkt</numerusform>
            <numerusform>%1: Die labelme-Form %2 benötigt %3, diese hat %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the rectangle&apos;s 4 corners are not axis-aligned; Provena has no rotated rectangle (draw it as a polygon in labelme)</source>
        <translation>%1: Die 4 Ecken des Rechtecks sind nicht achsenparallel; Provena hat keine gedrehten Rechtecke (zeichnen Sie es in labelme als Polygon)</translation>
    </message>
    <message>
        <source>2 corners</source>
        <translation>2 Ecken</translation>
    </message>
    <message>
        <source>at least 3 points</source>
        <translation>mindestens 3 Punkte</translation>
    </message>
    <message>
        <source>its centre and a point on the circle</source>
        <translation>seinen Mittelpunkt und einen Punkt auf dem Kreis</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <source>2 points</source>
        <translation>2 Punkte</translation>
    </message>
    <message>
        <source>at least 2 points</source>
        <translation>mindestens 2 Punkte</translation>
    </message>
    <message>
        <source>%1: a labelme mask (a bitmap) cannot become a region: Provena has no bitmap regions; draw it as a polygon</source>
        <translation>%1: Eine labelme-Maske (eine Bitmap) kann keine Region werden: Provena hat keine Bitmap-Regionen; zeichnen Sie sie als Polygon</translation>
    </message>
    <message>
        <source>%1: the labelme shape type “%2” has no Provena region shape</source>
        <translation>%1: Für den labelme-Formtyp „%2“ gibt es keine Regionsform in Provena</translation>
    </message>
    <message>
        <source>%1 share group_id %2 in labelme (one object in several parts); Provena has no groups and imports them as separate regions.</source>
        <translation>%1 teilen sich in labelme die group_id %2 (ein Objekt aus mehreren Teilen); Provena hat keine Gruppen und importiert sie als separate Regionen.</translation>
    </message>
    <message>
        <source>The flags set on %1 are not imported: Provena regions have no flags (use the region&apos;s note).</source>
        <translation>Die bei %1 gesetzten Flags werden nicht importiert: Provena-Regionen haben keine Flags (verwenden Sie die Notiz der Region).</translation>
    </message>
</context>
<context>
    <name>LabelsCommand</name>
    <message>
        <source>(yours)</source>
        <translation>(eigene)</translation>
    </message>
    <message>
        <source>List the region labels, or add and remove your own.

  labels list [--json]
  labels add ID --name NAME [--colour #RRGGBB] [--description TEXT]
  labels remove ID

Your labels are stored in %1 and used by the GUI and provena-cli alike. A sidecar carries the definitions of the labels it uses, so it opens the same elsewhere.</source>
        <translation>Die Regionskategorien auflisten oder eigene hinzufügen und entfernen.

  labels list [--json]
  labels add ID --name NAME [--colour #RRGGBB] [--description TEXT]
  labels remove ID

Ihre Kategorien werden in %1 gespeichert und von der GUI wie von provena-cli verwendet. Eine Sidecar-Datei enthält die Definitionen der von ihr verwendeten Kategorien, damit sie sich andernorts genauso öffnet.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Print JSON (list).</source>
        <translation>JSON ausgeben (list).</translation>
    </message>
    <message>
        <source>Name shown to people (add).</source>
        <translation>Angezeigter Name (add).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Colour as #RRGGBB (add).</source>
        <translation>Farbe als #RRGGBB (add).</translation>
    </message>
    <message>
        <source>COLOUR</source>
        <translation>COLOUR</translation>
    </message>
    <message>
        <source>What the label marks (add).</source>
        <translation>Was die Kategorie kennzeichnet (add).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>list, add or remove</source>
        <translation>list, add oder remove</translation>
    </message>
    <message>
        <source>label id (add, remove)</source>
        <translation>Kategorie-ID (add, remove)</translation>
    </message>
    <message>
        <source>[ID]</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <source>list takes no further arguments</source>
        <translation>list erwartet keine weiteren Argumente</translation>
    </message>
    <message>
        <source>unknown action “%1”</source>
        <translation>unbekannte Aktion „%1“</translation>
    </message>
    <message>
        <source>%1 needs exactly one label ID</source>
        <translation>%1 erwartet genau eine Kategorie-ID</translation>
    </message>
    <message>
        <source>label ID “%1” must be 1–64 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>Kategorie-ID „%1“ muss aus 1–64 Kleinbuchstaben, Ziffern, &apos;-&apos; oder &apos;_&apos; bestehen</translation>
    </message>
    <message>
        <source>add needs --name</source>
        <translation>add erfordert --name</translation>
    </message>
    <message>
        <source>“%1” is a built-in label; choose another ID</source>
        <translation>„%1“ ist eine integrierte Kategorie; wählen Sie eine andere ID</translation>
    </message>
    <message>
        <source>“%1” is not a colour; use #RRGGBB</source>
        <translation>„%1“ ist keine Farbe; verwenden Sie #RRGGBB</translation>
    </message>
    <message>
        <source>“%1” is not one of your labels</source>
        <translation>„%1“ gehört nicht zu Ihren Kategorien</translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <source>Link a region to a span of the article text and save the sidecar. Prints the text anchor&apos;s id and its code point range.</source>
        <translation>Eine Region mit einer Textstelle im Artikel verknüpfen und die Sidecar-Datei speichern. Gibt die ID der Textstelle und ihren Codepoint-Bereich aus.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The exact text; TEXT@N takes its N-th occurrence (from 1).</source>
        <translation>Der genaue Text; TEXT@N nimmt sein N-tes Vorkommen (ab 1).</translation>
    </message>
    <message>
        <source>A note on the text span itself (only when the span is new).</source>
        <translation>Eine Notiz zur Textstelle selbst (nur wenn die Textstelle neu ist).</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>Die Artikeldatei.</translation>
    </message>
    <message>
        <source>The region id (or a unique prefix).</source>
        <translation>Die Regions-ID (oder ein eindeutiges Präfix).</translation>
    </message>
    <message>
        <source>--text is required</source>
        <translation>--text ist erforderlich</translation>
    </message>
    <message>
        <source>“%1” (occurrence %2) is not in the article text</source>
        <translation>„%1“ (Vorkommen %2) ist nicht im Artikeltext enthalten</translation>
    </message>
    <message>
        <source>The region is already linked to this text; nothing changed.
</source>
        <translation>Die Region ist bereits mit diesem Text verknüpft; es wurde nichts geändert.
</translation>
    </message>
    <message>
        <source>Who is annotating (default: your name in Preferences, else $USER).</source>
        <translation>Wer annotiert (Standard: Ihr Name in den Einstellungen, sonst $USER).</translation>
    </message>
</context>
<context>
    <name>MatchCommand</name>
    <message>
        <source>Compare two images: SHA-256, perceptual hashes and their distance (also with B mirrored), then align them with feature matching. Prints how B relates to A (identical, re-encoded, cropped, scaled, rotated, mirrored), the transform from B&apos;s pixels to A&apos;s, the scale and where B lies in A as a rectangle in A&apos;s pixels. Exit code 0 when they show the same picture, 1 when they do not, 2 when a file cannot be read.</source>
        <translation>Zwei Bilder vergleichen: SHA-256, Wahrnehmungs-Hashes und ihr Abstand (auch mit gespiegeltem B), dann Ausrichtung per Merkmalsabgleich. Gibt aus, wie B zu A steht (identisch, neu kodiert, zugeschnitten, skaliert, gedreht, gespiegelt), die Transformation von den Pixeln von B zu denen von A, den Maßstab und wo B in A liegt, als Rechteck in Pixeln von A. Exit-Code 0, wenn sie dasselbe Bild zeigen, 1, wenn nicht, 2, wenn eine Datei nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-match/1, see docs/cli.md).</source>
        <translation>JSON ausgeben (Schema provena-match/1, siehe docs/cli.md).</translation>
    </message>
    <message>
        <source>The reference image (e.g. the original).</source>
        <translation>Das Referenzbild (z. B. das Original).</translation>
    </message>
    <message>
        <source>The other version (crop, re-encode …).</source>
        <translation>Die andere Version (Ausschnitt, neu kodiert …).</translation>
    </message>
</context>
<context>
    <name>MatchJson</name>
    <message>
        <source>%1 (%2): x %3, y %4, %5 × %6 in A&apos;s pixels; scale %7%8</source>
        <translation>%1 (%2): x %3, y %4, %5 × %6 in Pixeln von A; Maßstab %7%8</translation>
    </message>
    <message>
        <source>, turned %1°</source>
        <translation>, gedreht um %1°</translation>
    </message>
    <message>
        <source>Perceptual hash distance: %1 of 64 (mirrored: %2; above %3 means another picture)</source>
        <translation>Abstand der Wahrnehmungs-Hashes: %1 von 64 (gespiegelt: %2; über %3 bedeutet ein anderes Bild)</translation>
    </message>
    <message>
        <source>Feature matches: %1, agreeing on the alignment: %2</source>
        <translation>Merkmalsübereinstimmungen: %1, davon passend zur Ausrichtung: %2</translation>
    </message>
    <message>
        <source>Transform (B to A, row-major):</source>
        <translation>Transformation (B nach A, zeilenweise):</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>CONFLICT: %1 %2: ours %3, theirs %4 (base %5); kept ours
</source>
        <translation>KONFLIKT: %1 %2: unsere Version %3, andere Version %4 (Basis %5); unsere Version beibehalten
</translation>
    </message>
    <message>
        <source>Three-way merge of two sidecars of the same article: annotations by id, their fields one by one. A field both sides changed differently keeps OURS and is marked on its annotation (mergeConflicts, needs review) with both values. Conflicts are reported on stderr. As git&apos;s merge driver: provena-cli git-setup.
Exit 0: merged cleanly; 1: merged with conflicts (the file is written and opens in Provena); 2: an input cannot be read as a sidecar, or the output cannot be written (nothing is written then).</source>
        <translation>Drei-Wege-Zusammenführung zweier Sidecar-Dateien desselben Artikels: Annotationen nach ID, ihre Felder einzeln. Ein Feld, das beide Seiten unterschiedlich geändert haben, behält OURS und wird an seiner Annotation markiert (mergeConflicts, Prüfung nötig), mit beiden Werten. Konflikte werden auf stderr gemeldet. Als Merge-Treiber von git: provena-cli git-setup.
Exit 0: sauber zusammengeführt; 1: mit Konflikten zusammengeführt (die Datei wird geschrieben und lässt sich in Provena öffnen); 2: Eine Eingabe kann nicht als Sidecar-Datei gelesen oder die Ausgabe nicht geschrieben werden (dann wird nichts geschrieben).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Write the merged sidecar to FILE (atomically) instead of stdout.</source>
        <translation>Die zusammengeführte Sidecar-Datei (atomar) nach FILE statt auf stdout schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Report the conflicts as JSON on stderr.</source>
        <translation>Die Konflikte als JSON auf stderr melden.</translation>
    </message>
    <message>
        <source>The common ancestor (an empty file when there is none).</source>
        <translation>Der gemeinsame Vorfahr (eine leere Datei, wenn es keinen gibt).</translation>
    </message>
    <message>
        <source>Our version.</source>
        <translation>Unsere Version.</translation>
    </message>
    <message>
        <source>Their version.</source>
        <translation>Die andere Version.</translation>
    </message>
    <message>
        <source>The sidecar</source>
        <translation>Die Sidecar-Datei</translation>
    </message>
    <message>
        <source>Nothing was written.
</source>
        <translation>Es wurde nichts geschrieben.
</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s); the merged sidecar keeps ours and marks them for review in Provena.
</source>
        <translation>
            <numerusform>%n Konflikt; die zusammengeführte Sidecar-Datei behält unsere Version und markiert ihn in Provena als „Prüfung nötig“.
</numerusform>
            <numerusform>%n Konflikte; die zusammengeführte Sidecar-Datei behält unsere Version und markiert sie in Provena als „Prüfung nötig“.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeConflictPanel</name>
    <message>
        <source>label</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>shape or text</source>
        <translation>Form oder Text</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>Konfidenz</translation>
    </message>
</context>
<context>
    <name>MetadataCommand</name>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>No provenance metadata (creator, credit, dates, camera …) in this image.</source>
        <translation>Keine Herkunftsmetadaten (Urheber, Bildnachweis, Datumsangaben, Kamera …) in diesem Bild.</translation>
    </message>
    <message>
        <source>Print what an image&apos;s metadata (EXIF, IPTC, XMP and its XMP sidecar) says about its provenance: who made and released it, rights, dates, editing history, camera, location and document identifiers, each with its raw key; flags (C2PA manifest, thumbnail mismatch, metadata stripped, editing software) and warnings about damaged metadata.</source>
        <translation>Ausgeben, was die Metadaten eines Bildes (EXIF, IPTC, XMP und seine XMP-Sidecar-Datei) über seine Herkunft aussagen: wer es erstellt und veröffentlicht hat, Rechte, Datumsangaben, Bearbeitungsverlauf, Kamera, Ort und Dokumentkennungen, jeweils mit dem Rohschlüssel; Hinweise (C2PA-Manifest, abweichendes Vorschaubild, entfernte Metadaten, Bearbeitungssoftware) und Warnungen zu beschädigten Metadaten.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-metadata/1, see docs/cli.md).</source>
        <translation>JSON ausgeben (Schema provena-metadata/1, siehe docs/cli.md).</translation>
    </message>
    <message>
        <source>The image file (JPEG, PNG, TIFF …).</source>
        <translation>Die Bilddatei (JPEG, PNG, TIFF …).</translation>
    </message>
</context>
<context>
    <name>MetadataEvidence</name>
    <message>
        <source>Creator</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>Copyright</translation>
    </message>
    <message>
        <source>Usage terms</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Aufnahmedatum</translation>
    </message>
    <message>
        <source>Date digitised</source>
        <translation>Digitalisierungsdatum</translation>
    </message>
    <message>
        <source>Date modified</source>
        <translation>Änderungsdatum</translation>
    </message>
    <message>
        <source>Date created (IPTC)</source>
        <translation>Erstellungsdatum (IPTC)</translation>
    </message>
    <message>
        <source>Editing history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>Kamerahersteller</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>Kameramodell</translation>
    </message>
    <message>
        <source>Camera serial number</source>
        <translation>Seriennummer der Kamera</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Objektiv</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>Dokument-ID</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>Instanz-ID</translation>
    </message>
    <message>
        <source>Original document ID</source>
        <translation>Ursprüngliche Dokument-ID</translation>
    </message>
    <message>
        <source>Derived from</source>
        <translation>Abgeleitet von</translation>
    </message>
    <message>
        <source>GPS latitude</source>
        <translation>GPS-Breitengrad</translation>
    </message>
    <message>
        <source>GPS longitude</source>
        <translation>GPS-Längengrad</translation>
    </message>
    <message>
        <source>GPS altitude</source>
        <translation>GPS-Höhe</translation>
    </message>
    <message>
        <source>Digital source type</source>
        <translation>Digitaler Quelltyp</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Location shown</source>
        <translation>Abgebildeter Ort</translation>
    </message>
    <message>
        <source>xmpMM:History has %1 entries; only the first %2 are listed.</source>
        <translation>xmpMM:History hat %1 Einträge; nur die ersten %2 werden aufgeführt.</translation>
    </message>
    <message>
        <source>%1 is not a valid GPS value (“%2”); it is left out.</source>
        <translation>%1 ist kein gültiger GPS-Wert („%2“); er wird ausgelassen.</translation>
    </message>
    <message>
        <source>The XMP GPS position could not be read: %1</source>
        <translation>Die XMP-GPS-Position konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The image has no EXIF metadata at all: typical of a copy that a website re-encoded or that was scrubbed. Its absence proves nothing by itself, but there is no camera record to check.</source>
        <translation>Das Bild hat überhaupt keine EXIF-Metadaten: typisch für eine Kopie, die eine Website neu kodiert hat oder die bereinigt wurde. Ihr Fehlen beweist allein nichts, aber es gibt keine Kameradaten zum Prüfen.</translation>
    </message>
    <message>
        <source>%1 names editing software, %2: “%3”.</source>
        <translation>%1 nennt eine Bearbeitungssoftware, %2: „%3“.</translation>
    </message>
</context>
<context>
    <name>MetadataReader</name>
    <message numerus="yes">
        <source>(%n bytes of binary data)</source>
        <translation>
            <numerusform>(%n Byte Binärdaten)</numerusform>
            <numerusform>(%n Bytes Binärdaten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the XMP sidecar “%1”: it is not valid XMP. Fix or remove the sidecar to see the image&apos;s own metadata.</source>
        <translation>Die XMP-Sidecar-Datei „%1“ konnte nicht gelesen werden: Sie ist kein gültiges XMP. Korrigieren oder entfernen Sie die Sidecar-Datei, um die eigenen Metadaten des Bildes zu sehen.</translation>
    </message>
    <message>
        <source>Could not read the metadata of “%1”: the file is damaged or not an image format Provena knows.</source>
        <translation>Die Metadaten von „%1“ konnten nicht gelesen werden: Die Datei ist beschädigt oder kein Bildformat, das Provena kennt.</translation>
    </message>
    <message>
        <source>XMP sidecar</source>
        <translation>XMP-Sidecar-Datei</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Could not open “%1” to read its %2. %3</source>
        <translation>„%1“ konnte nicht geöffnet werden, um %2 zu lesen. %3</translation>
    </message>
    <message>
        <source>%1 has %2 values; only the first %3 are kept.</source>
        <translation>%1 hat %2 Werte; nur die ersten %3 werden behalten.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; only the first %3 are kept.</source>
        <translation>%1 ist %2 Zeichen lang; nur die ersten %3 werden behalten.</translation>
    </message>
    <message>
        <source>%1 is too long to show whole; it is cut after %2 characters.</source>
        <translation>%1 ist zu lang, um vollständig angezeigt zu werden; es wird nach %2 Zeichen abgeschnitten.</translation>
    </message>
    <message>
        <source>The EXIF thumbnail is %1 bytes, more than any real one; it is not compared with the image.</source>
        <translation>Das EXIF-Vorschaubild ist %1 Bytes groß, mehr als jedes echte; es wird nicht mit dem Bild verglichen.</translation>
    </message>
    <message>
        <source>The EXIF thumbnail could not be read: %1</source>
        <translation>Das EXIF-Vorschaubild konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The metadata is damaged (%1); only what comes before the damage is shown.</source>
        <translation>Die Metadaten sind beschädigt (%1); nur der Teil vor der Beschädigung wird angezeigt.</translation>
    </message>
    <message>
        <source>The file carries a C2PA manifest store (%1): its content credentials can be checked with a C2PA validator such as c2patool.</source>
        <translation>Die Datei enthält einen C2PA-Manifestspeicher (%1): Seine Content Credentials können mit einem C2PA-Validator wie c2patool geprüft werden.</translation>
    </message>
    <message>
        <source>Exiv2 skipped damaged metadata: %1</source>
        <translation>Exiv2 hat beschädigte Metadaten übersprungen: %1</translation>
    </message>
</context>
<context>
    <name>OutlineSnap</name>
    <message>
        <source>No outline found in the region on “%1”: nothing inside it stands apart from its surroundings. Draw the rectangle closer around one object.</source>
        <translation>In der Region auf „%1“ wurde kein Umriss gefunden: Nichts darin hebt sich von seiner Umgebung ab. Zeichnen Sie das Rechteck enger um ein Objekt.</translation>
    </message>
    <message>
        <source>The region on “%1” is too small or outside the image to snap to an outline.</source>
        <translation>Die Region auf „%1“ ist zu klein oder liegt außerhalb des Bildes, um sie an einen Umriss anzupassen.</translation>
    </message>
    <message>
        <source>Snapping the region on “%1” to an outline failed.</source>
        <translation>Das Anpassen der Region auf „%1“ an einen Umriss ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Not enough memory to snap the region on “%1” to an outline.</source>
        <translation>Nicht genügend Speicher, um die Region auf „%1“ an einen Umriss anzupassen.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>text %1–%2 “%3”</source>
        <translation>Text %1–%2 „%3“</translation>
    </message>
    <message>
        <source>metadata %1 = %2</source>
        <translation>Metadaten %1 = %2</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>image version %1</source>
        <translation>Bildversion %1</translation>
    </message>
    <message>
        <source>URL %1</source>
        <translation>URL %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>Releasing agency</source>
        <translation>Veröffentlichende Agentur</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Verbreiter</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Republisher</source>
        <translation>Weiterverbreiter</translation>
    </message>
    <message>
        <source>Editor or cropper</source>
        <translation>Bearbeiter oder Zuschneider</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Rights and usage terms</source>
        <translation>Rechte und Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Digital source type</source>
        <translation>Digitaler Quelltyp</translation>
    </message>
    <message>
        <source>Date created</source>
        <translation>Erstellungsdatum</translation>
    </message>
    <message>
        <source>Date released</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>Location shown</source>
        <translation>Abgebildeter Ort</translation>
    </message>
    <message>
        <source>Derived from</source>
        <translation>Abgeleitet von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Verbreitet</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Herausgegeben</translation>
    </message>
    <message>
        <source>Republished</source>
        <translation>Weiterverbreitet</translation>
    </message>
    <message>
        <source>Cropped or edited</source>
        <translation>Zugeschnitten oder bearbeitet</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>Provenance: is this the original?</source>
        <translation>Herkunft: Ist dies das Original?</translation>
    </message>
    <message>
        <source>Source: who captured it?</source>
        <translation>Quelle: Wer hat es aufgenommen?</translation>
    </message>
    <message>
        <source>Date: when was it captured?</source>
        <translation>Datum: Wann wurde es aufgenommen?</translation>
    </message>
    <message>
        <source>Location: where was it captured?</source>
        <translation>Ort: Wo wurde es aufgenommen?</translation>
    </message>
    <message>
        <source>Motivation: why was it captured and released?</source>
        <translation>Motivation: Warum wurde es aufgenommen und veröffentlicht?</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Stützt</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>Widerspricht</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Nicht eindeutig</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <source>Corroborated</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Umstritten</translation>
    </message>
    <message>
        <source>Manipulated</source>
        <translation>Manipuliert</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>Inszeniert</translation>
    </message>
    <message>
        <source>Miscaptioned</source>
        <translation>Falsch beschriftet</translation>
    </message>
</context>
<context>
    <name>ProvenanceBadge</name>
    <message>
        <source>S</source>
        <comment>badge mark for a staged photo</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>C</source>
        <comment>badge mark for a miscaptioned photo</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation>Noch kein Prüfurteil</translation>
    </message>
    <message>
        <source> (confidence %1 %)</source>
        <translation> (Konfidenz %1 %)</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source> — %1, %2</source>
        <translation> — %1, %2</translation>
    </message>
</context>
<context>
    <name>ProvenanceCliCommand</name>
    <message>
        <source>unknown claim role “%1”; the roles are: %2</source>
        <translation>unbekannte Rolle der Angabe „%1“; die Rollen sind: %2</translation>
    </message>
    <message>
        <source>unknown pillar “%1”; the pillars are: %2</source>
        <translation>unbekannte Säule „%1“; die Säulen sind: %2</translation>
    </message>
    <message>
        <source>unknown assessment status “%1”; the statuses are: %2</source>
        <translation>unbekannter Bewertungsstatus „%1“; die Status sind: %2</translation>
    </message>
    <message>
        <source>unknown verdict “%1”; the verdicts are: %2</source>
        <translation>unbekanntes Prüfurteil „%1“; die Prüfurteile sind: %2</translation>
    </message>
    <message>
        <source>confidence “%1” is not a number from 0 to 1</source>
        <translation>Konfidenz „%1“ ist keine Zahl von 0 bis 1</translation>
    </message>
    <message>
        <source>date range “%1” ends before it starts</source>
        <translation>der Datumsbereich „%1“ endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>date “%1” is not an ISO 8601 date (2025-08-13), date-time (2025-08-13T10:42:00Z) or range of them (2025-08-12/2025-08-13)</source>
        <translation>Datum „%1“ ist kein ISO-8601-Datum (2025-08-13), keine Datums-/Uhrzeitangabe (2025-08-13T10:42:00Z) und kein Bereich daraus (2025-08-12/2025-08-13)</translation>
    </message>
    <message>
        <source>“%1” is not an absolute URL (such as https://example.org/photo.jpg)</source>
        <translation>„%1“ ist keine absolute URL (wie https://example.org/photo.jpg)</translation>
    </message>
    <message>
        <source>evidence “%1” is not KIND:VALUE; the kinds are text:START-END, text:QUOTE[@N], metadata:KEY=VALUE, image:N, url:URL, note:TEXT</source>
        <translation>Beleg „%1“ hat nicht die Form KIND:VALUE; die Arten sind text:START-END, text:QUOTE[@N], metadata:KEY=VALUE, image:N, url:URL, note:TEXT</translation>
    </message>
    <message>
        <source>evidence “%1”: the article text has %2 code points; give START-END with START &lt; END ≤ %2</source>
        <translation>Beleg „%1“: Der Artikeltext hat %2 Codepoints; geben Sie START-END mit START &lt; END ≤ %2 an</translation>
    </message>
    <message>
        <source>evidence “%1”: “%2” (occurrence %3) is not in the article text</source>
        <translation>Beleg „%1“: „%2“ (Vorkommen %3) ist nicht im Artikeltext enthalten</translation>
    </message>
    <message>
        <source>evidence “%1”: give metadata:KEY=VALUE, e.g. metadata:Exif.Image.Artist=Jane Roe</source>
        <translation>Beleg „%1“: Geben Sie metadata:KEY=VALUE an, z. B. metadata:Exif.Image.Artist=Jane Roe</translation>
    </message>
    <message numerus="yes">
        <source>evidence “%1”: image %2 does not exist: the article has %n image(s)</source>
        <translation>
            <numerusform>Beleg „%1“: Bild %2 existiert nicht: Der Artikel hat %n Bild</numerusform>
            <numerusform>Beleg „%1“: Bild %2 existiert nicht: Der Artikel hat %n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>evidence “%1”: %2</source>
        <translation>Beleg „%1“: %2</translation>
    </message>
    <message>
        <source>evidence “%1”: the note is empty</source>
        <translation>Beleg „%1“: Die Notiz ist leer</translation>
    </message>
    <message>
        <source>evidence “%1” is not KIND:VALUE</source>
        <translation>Beleg „%1“ hat nicht die Form KIND:VALUE</translation>
    </message>
    <message>
        <source>“%1” is not a claim or suggestion id: give the id or its first %2 or more hex digits</source>
        <translation>„%1“ ist keine ID einer Angabe oder eines Vorschlags: Geben Sie die ID oder ihre ersten %2 oder mehr Hexziffern an</translation>
    </message>
    <message>
        <source>no claim or suggestion has the id “%1”; `provena-cli provenance ARTICLE` lists the claims and --suggest the suggestions</source>
        <translation>keine Angabe und kein Vorschlag hat die ID „%1“; `provena-cli provenance ARTICLE` listet die Angaben auf, mit --suggest die Vorschläge</translation>
    </message>
    <message>
        <source>%1 (image %2)</source>
        <translation>%1 (Bild %2)</translation>
    </message>
    <message>
        <source>the id prefix “%1” is ambiguous: it matches %2; give more digits</source>
        <translation>das ID-Präfix „%1“ ist mehrdeutig: Es passt zu %2; geben Sie mehr Ziffern an</translation>
    </message>
    <message>
        <source>--image takes a number, from 1</source>
        <translation>--image erwartet eine Zahl ab 1</translation>
    </message>
    <message>
        <source>--%1 goes with --claim ROLE</source>
        <translation>--%1 gehört zu --claim ROLE</translation>
    </message>
    <message>
        <source>--claim %1 takes --agent NAME (not --value)</source>
        <translation>--claim %1 erwartet --agent NAME (nicht --value)</translation>
    </message>
    <message>
        <source>--claim %1 takes --date D (not --agent or --value)</source>
        <translation>--claim %1 erwartet --date D (nicht --agent oder --value)</translation>
    </message>
    <message>
        <source>--claim %1 takes --value TEXT (not --agent)</source>
        <translation>--claim %1 erwartet --value TEXT (nicht --agent)</translation>
    </message>
    <message>
        <source>--assess PILLAR STATUS: the STATUS is missing; the statuses are: %1</source>
        <translation>--assess PILLAR STATUS: STATUS fehlt; die Status sind: %1</translation>
    </message>
    <message>
        <source>unexpected argument “%1” (only --assess PILLAR STATUS takes a second argument)</source>
        <translation>unerwartetes Argument „%1“ (nur --assess PILLAR STATUS erwartet ein zweites Argument)</translation>
    </message>
    <message>
        <source>--note goes with --assess PILLAR STATUS</source>
        <translation>--note gehört zu --assess PILLAR STATUS</translation>
    </message>
    <message>
        <source>--evidence goes with one of --claim and --assess; give them in separate runs</source>
        <translation>--evidence gehört zu genau einem von --claim und --assess; geben Sie diese in getrennten Aufrufen an</translation>
    </message>
    <message>
        <source>--evidence goes with --claim or --assess</source>
        <translation>--evidence gehört zu --claim oder --assess</translation>
    </message>
    <message>
        <source>--confidence and --rationale go with --verdict VERDICT</source>
        <translation>--confidence und --rationale gehören zu --verdict VERDICT</translation>
    </message>
    <message numerus="yes">
        <source>image %1 does not exist: the article has %n image(s)</source>
        <translation>
            <numerusform>Bild %1 existiert nicht: Der Artikel hat %n Bild</numerusform>
            <numerusform>Bild %1 existiert nicht: Der Artikel hat %n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--claim, --assess and --verdict are about one image: give --image N (the article has %n image(s))</source>
        <translation>
            <numerusform>--claim, --assess und --verdict betreffen ein einzelnes Bild: Geben Sie --image N an (der Artikel hat %n Bild)</numerusform>
            <numerusform>--claim, --assess und --verdict betreffen ein einzelnes Bild: Geben Sie --image N an (der Artikel hat %n Bilder)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what is recorded about where each image of the article comes from (claims with their evidence, the chain of custody, the five verification pillars, the verdict), or with --suggest what Provena proposes from the caption, credit, byline, site and the image&apos;s metadata. The other options change the record and save the sidecar, all in one step; what changed is printed after the save. Names of roles, statuses, pillars and verdicts are those of --json (docs/cli.md, &quot;provenance&quot;).</source>
        <translation>Anzeigen, was über die Herkunft jedes Bildes im Artikel festgehalten ist (Angaben mit ihren Belegen, die Weitergabekette, die fünf Prüfsäulen, das Prüfurteil), oder mit --suggest, was Provena anhand von Bildunterschrift, Bildnachweis, Autorenzeile, Website und Metadaten des Bildes vorschlägt. Die übrigen Optionen ändern den Datensatz und speichern die Sidecar-Datei, alles in einem Schritt; die Änderungen werden nach dem Speichern ausgegeben. Die Namen von Rollen, Status, Säulen und Prüfurteilen sind die von --json (docs/cli.md, &quot;provenance&quot;).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Only image N (from 1, in article order).</source>
        <translation>Nur Bild N (ab 1, in Artikelreihenfolge).</translation>
    </message>
    <message>
        <source>Print JSON (after the save, the record as it now is).</source>
        <translation>JSON ausgeben (nach dem Speichern den Datensatz im aktuellen Stand).</translation>
    </message>
    <message>
        <source>List suggestions with their ids, evidence, reason and conflicts.</source>
        <translation>Vorschläge mit ihren IDs, Belegen, Begründungen und Konflikten auflisten.</translation>
    </message>
    <message>
        <source>Accept a suggestion (recorded as an accepted claim) or a recorded claim, by id or unique prefix of 8+ hex digits. Repeatable.</source>
        <translation>Einen Vorschlag (wird als angenommene Angabe erfasst) oder eine erfasste Angabe annehmen, per ID oder eindeutigem Präfix aus mindestens 8 Hexziffern. Wiederholbar.</translation>
    </message>
    <message>
        <source>Reject a suggestion (remembered: not proposed again) or a recorded claim. Repeatable.</source>
        <translation>Einen Vorschlag (wird gemerkt und nicht erneut vorgeschlagen) oder eine erfasste Angabe ablehnen. Wiederholbar.</translation>
    </message>
    <message>
        <source>Mark a claim (or a suggestion) as disputed. Repeatable.</source>
        <translation>Eine Angabe (oder einen Vorschlag) als umstritten markieren. Wiederholbar.</translation>
    </message>
    <message>
        <source>Remove a recorded claim. Repeatable.</source>
        <translation>Eine erfasste Angabe entfernen. Wiederholbar.</translation>
    </message>
    <message>
        <source>Accept every suggestion from ORIGIN (caption, credit, release, byline, site, metadata); ids given to --reject or --dispute are left out.</source>
        <translation>Jeden Vorschlag aus ORIGIN annehmen (caption, credit, release, byline, site, metadata); an --reject oder --dispute übergebene IDs werden ausgenommen.</translation>
    </message>
    <message>
        <source>Reject every suggestion from ORIGIN; ids given to --accept or --dispute are left out.</source>
        <translation>Jeden Vorschlag aus ORIGIN ablehnen; an --accept oder --dispute übergebene IDs werden ausgenommen.</translation>
    </message>
    <message>
        <source>Record a claim with this role: %1.</source>
        <translation>Eine Angabe mit dieser Rolle erfassen: %1.</translation>
    </message>
    <message>
        <source>Who (for creator … editor); agencies Provena knows are resolved (KCNA → Korean Central News Agency), other names are kept as written.</source>
        <translation>Wer (für creator … editor); Agenturen, die Provena kennt, werden aufgelöst (KCNA → Korean Central News Agency), andere Namen bleiben wie geschrieben.</translation>
    </message>
    <message>
        <source>What (for credit-line, source, rights, digital-source-type, location-shown).</source>
        <translation>Was (für credit-line, source, rights, digital-source-type, location-shown).</translation>
    </message>
    <message>
        <source>ISO 8601 date, date-time or range A/B.</source>
        <translation>ISO-8601-Datum, Datum mit Uhrzeit oder Bereich A/B.</translation>
    </message>
    <message>
        <source>Where the agent published it.</source>
        <translation>Wo der Akteur es veröffentlicht hat.</translation>
    </message>
    <message>
        <source>Evidence for --claim or --assess: text:START-END (code points), text:QUOTE[@N], metadata:KEY=VALUE, image:N, url:URL or note:TEXT. Repeatable.</source>
        <translation>Beleg für --claim oder --assess: text:START-END (Codepoints), text:QUOTE[@N], metadata:KEY=VALUE, image:N, url:URL oder note:TEXT. Wiederholbar.</translation>
    </message>
    <message>
        <source>Assess a pillar: --assess PILLAR STATUS. Pillars: %1; statuses: %2.</source>
        <translation>Eine Säule bewerten: --assess PILLAR STATUS. Säulen: %1; Status: %2.</translation>
    </message>
    <message>
        <source>A note on the assessment.</source>
        <translation>Eine Notiz zur Bewertung.</translation>
    </message>
    <message>
        <source>Set the verdict: %1.</source>
        <translation>Das Prüfurteil setzen: %1.</translation>
    </message>
    <message>
        <source>How sure the verdict is, 0 to 1.</source>
        <translation>Wie sicher das Prüfurteil ist, 0 bis 1.</translation>
    </message>
    <message>
        <source>Why the verdict.</source>
        <translation>Begründung des Prüfurteils.</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>Die Artikeldatei.</translation>
    </message>
    <message>
        <source>The status, after --assess PILLAR.</source>
        <translation>Der Status, nach --assess PILLAR.</translation>
    </message>
    <message>
        <source>warning: your agency list was not read, only the built-in one is used: %1
</source>
        <translation>Warnung: Ihre Agenturliste wurde nicht gelesen, nur die integrierte wird verwendet: %1
</translation>
    </message>
    <message>
        <source>warning: image %1: metadata: %2
</source>
        <translation>Warnung: Bild %1: Metadaten: %2
</translation>
    </message>
    <message>
        <source>warning: image %1: its metadata could not be read, so nothing is suggested from it: %2
</source>
        <translation>Warnung: Bild %1: Seine Metadaten konnten nicht gelesen werden, daher wird daraus nichts vorgeschlagen: %2
</translation>
    </message>
    <message>
        <source>--remove-claim %1: that is a suggestion, not a recorded claim; --reject it so that it is not proposed again</source>
        <translation>--remove-claim %1: Das ist ein Vorschlag, keine erfasste Angabe; lehnen Sie ihn mit --reject ab, damit er nicht erneut vorgeschlagen wird</translation>
    </message>
    <message>
        <source>%1 is given to two of --accept, --reject, --dispute and --remove-claim</source>
        <translation>%1 wird an zwei der Optionen --accept, --reject, --dispute und --remove-claim übergeben</translation>
    </message>
    <message>
        <source>--%1: unknown origin “%2”; the origins are: %3</source>
        <translation>--%1: unbekannter Ursprung „%2“; die Ursprünge sind: %3</translation>
    </message>
    <message>
        <source>--%1: there is no suggestion from “%2”.
</source>
        <translation>--%1: Es gibt keinen Vorschlag aus „%2“.
</translation>
    </message>
    <message>
        <source>“%1” is given to both --accept-all-from and --reject-all-from</source>
        <translation>„%1“ wird sowohl an --accept-all-from als auch an --reject-all-from übergeben</translation>
    </message>
    <message>
        <source>The record already says so; nothing changed.
</source>
        <translation>Der Datensatz enthält dies bereits; es wurde nichts geändert.
</translation>
    </message>
    <message>
        <source>Who is annotating (default: your name in Preferences, else $USER).</source>
        <translation>Wer annotiert (Standard: Ihr Name in den Einstellungen, sonst $USER).</translation>
    </message>
</context>
<context>
    <name>ProvenanceSuggester</name>
    <message>
        <source>%1 says %2, more than a day away from the caption&apos;s %3.</source>
        <translation>%1 gibt %2 an, mehr als einen Tag abweichend von %3 aus der Bildunterschrift.</translation>
    </message>
    <message>
        <source>The caption&apos;s credit line reads “%1”.</source>
        <translation>Der Bildnachweis in der Bildunterschrift lautet „%1“.</translation>
    </message>
    <message>
        <source>The credit names %1 as the photographer.</source>
        <translation>Der Bildnachweis nennt %1 als Fotografen.</translation>
    </message>
    <message>
        <source>The credit names %1 as the photographer&apos;s agency.</source>
        <translation>Der Bildnachweis nennt %1 als Agentur des Fotografen.</translation>
    </message>
    <message>
        <source>The credit says %1 provided the photo.</source>
        <translation>Laut Bildnachweis hat %1 das Foto bereitgestellt.</translation>
    </message>
    <message>
        <source>The credit names %1 as the source of the photo.</source>
        <translation>Der Bildnachweis nennt %1 als Quelle des Fotos.</translation>
    </message>
    <message>
        <source>The credit puts the photo under %1&apos;s mark.</source>
        <translation>Der Bildnachweis stellt das Foto unter die Marke von %1.</translation>
    </message>
    <message>
        <source>The credit names %1 first, as the agency that made the photo.</source>
        <translation>Der Bildnachweis nennt %1 an erster Stelle, als die Agentur, die das Foto erstellt hat.</translation>
    </message>
    <message>
        <source>The credit names %1 after the photo&apos;s maker, as its distributor.</source>
        <translation>Der Bildnachweis nennt %1 nach dem Urheber des Fotos, als dessen Verbreiter.</translation>
    </message>
    <message>
        <source>The credit says the photo is courtesy of %1.</source>
        <translation>Laut Bildnachweis wird das Foto mit freundlicher Genehmigung von %1 gezeigt.</translation>
    </message>
    <message>
        <source>The credit marks it as a pool photo.</source>
        <translation>Der Bildnachweis kennzeichnet es als Poolfoto.</translation>
    </message>
    <message>
        <source>The credit says the photo came via %1.</source>
        <translation>Laut Bildnachweis kam das Foto über %1.</translation>
    </message>
    <message>
        <source>The caption says %1 released the photo.</source>
        <translation>Laut Bildunterschrift hat %1 das Foto veröffentlicht.</translation>
    </message>
    <message>
        <source>The caption says %1, state media, distributed the photo.</source>
        <translation>Laut Bildunterschrift hat das Staatsmedium %1 das Foto verbreitet.</translation>
    </message>
    <message>
        <source>The caption says %1 distributed the photo.</source>
        <translation>Laut Bildunterschrift hat %1 das Foto verbreitet.</translation>
    </message>
    <message>
        <source>The caption says the handout came via %1.</source>
        <translation>Laut Bildunterschrift kam das Handout über %1.</translation>
    </message>
    <message>
        <source>The caption says the photo is a handout from %1.</source>
        <translation>Laut Bildunterschrift ist das Foto ein Handout von %1.</translation>
    </message>
    <message>
        <source>The caption says the photo came via %1.</source>
        <translation>Laut Bildunterschrift kam das Foto über %1.</translation>
    </message>
    <message>
        <source>The caption says the pool photo came via %1.</source>
        <translation>Laut Bildunterschrift kam das Poolfoto über %1.</translation>
    </message>
    <message>
        <source>The caption says %1 took the pool photo.</source>
        <translation>Laut Bildunterschrift hat %1 das Poolfoto aufgenommen.</translation>
    </message>
    <message>
        <source>The caption says the photo is courtesy of %1.</source>
        <translation>Laut Bildunterschrift wird das Foto mit freundlicher Genehmigung von %1 gezeigt.</translation>
    </message>
    <message>
        <source>The caption says %1 released the photo on %2.</source>
        <translation>Laut Bildunterschrift hat %1 das Foto am %2 veröffentlicht.</translation>
    </message>
    <message>
        <source>The caption dates the scene to %1.</source>
        <translation>Die Bildunterschrift datiert die Szene auf %1.</translation>
    </message>
    <message>
        <source>The byline names %1.</source>
        <translation>Die Autorenzeile nennt %1.</translation>
    </message>
    <message>
        <source>The reporter&apos;s address is at %1, a host of %2.</source>
        <translation>Die Adresse des Reporters gehört zu %1, einem Host von %2.</translation>
    </message>
    <message>
        <source>The image is served from %1, a host of %2.</source>
        <translation>Das Bild wird von %1 ausgeliefert, einem Host von %2.</translation>
    </message>
    <message>
        <source>The image&apos;s metadata (%1) names %2 as its creator.</source>
        <translation>Die Metadaten des Bildes (%1) nennen %2 als Urheber.</translation>
    </message>
    <message>
        <source>The image&apos;s metadata (%1) gives the %2.</source>
        <translation>Die Metadaten des Bildes (%1) geben %2 an.</translation>
    </message>
    <message>
        <source>The image&apos;s metadata names the city and country.</source>
        <translation>Die Metadaten des Bildes nennen Stadt und Land.</translation>
    </message>
    <message>
        <source>The image&apos;s metadata (%1) says it was taken on %2.</source>
        <translation>Laut den Metadaten des Bildes (%1) wurde es am %2 aufgenommen.</translation>
    </message>
    <message>
        <source>the metadata field %1</source>
        <translation>das Metadatenfeld %1</translation>
    </message>
    <message>
        <source>the metadata</source>
        <translation>der Metadatensatz</translation>
    </message>
    <message>
        <source>the credit</source>
        <translation>der Bildnachweis</translation>
    </message>
    <message>
        <source>the caption</source>
        <translation>die Bildunterschrift</translation>
    </message>
    <message>
        <source>the byline</source>
        <translation>die Autorenzeile</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>die Website</translation>
    </message>
    <message>
        <source>%1 says %2; %3 says %4.</source>
        <translation>%1 gibt %2 an; %3 gibt %4 an.</translation>
    </message>
    <message>
        <source>%1 says %2; the accepted claim says %3.</source>
        <translation>%1 gibt %2 an; die angenommene Angabe lautet %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n more disagree.</source>
        <translation>
            <numerusform>%n weitere Angabe widerspricht.</numerusform>
            <numerusform>%n weitere Angaben widersprechen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionClipboard</name>
    <message numerus="yes">
        <source>%n Provena region(s):</source>
        <translation>
            <numerusform>%n Provena-Region:</numerusform>
            <numerusform>%n Provena-Regionen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionCommand</name>
    <message>
        <source>expected X,Y,W,H with positive W and H</source>
        <translation>X,Y,W,H mit positivem W und H erwartet</translation>
    </message>
    <message>
        <source>expected x1,y1,x2,y2,… with at least %1 points</source>
        <translation>x1,y1,x2,y2,… mit mindestens %1 Punkten erwartet</translation>
    </message>
    <message>
        <source>expected X,Y</source>
        <translation>X,Y erwartet</translation>
    </message>
    <message>
        <source>unknown shape “%1”; use rect, ellipse, polygon, polyline or point</source>
        <translation>unbekannte Form „%1“; verwenden Sie rect, ellipse, polygon, polyline oder point</translation>
    </message>
    <message>
        <source>confidence “%1” is not a number from 0 to 1 (or “none”)</source>
        <translation>Konfidenz „%1“ ist keine Zahl von 0 bis 1 (oder „none“)</translation>
    </message>
    <message numerus="yes">
        <source>image %1 does not exist: the article has %n image(s)</source>
        <translation>
            <numerusform>Bild %1 existiert nicht: Der Artikel hat %n Bild</numerusform>
            <numerusform>Bild %1 existiert nicht: Der Artikel hat %n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown label “%1”; known labels (id or name): %2</source>
        <translation>unbekannte Kategorie „%1“; bekannte Kategorien (ID oder Name): %2</translation>
    </message>
    <message>
        <source>image %1: %2</source>
        <translation>Bild %1: %2</translation>
    </message>
    <message>
        <source>expected a region object</source>
        <translation>Regionsobjekt erwartet</translation>
    </message>
    <message>
        <source>“image” must be an image number, from 1</source>
        <translation>„image“ muss eine Bildnummer ab 1 sein</translation>
    </message>
    <message>
        <source>“shape” must be rectangle, ellipse, polygon, polyline or point</source>
        <translation>„shape“ muss rectangle, ellipse, polygon, polyline oder point sein</translation>
    </message>
    <message>
        <source>“points” must be an array of [x, y] number pairs</source>
        <translation>„points“ muss ein Array aus Zahlenpaaren [x, y] sein</translation>
    </message>
    <message>
        <source>a %1 has two points: its top-left and bottom-right corners</source>
        <translation>Form %1 hat zwei Punkte: die obere linke und die untere rechte Ecke</translation>
    </message>
    <message>
        <source>a point has exactly one [x, y]</source>
        <translation>ein Punkt hat genau ein [x, y]</translation>
    </message>
    <message>
        <source>“label” must be a label id or name</source>
        <translation>„label“ muss eine Kategorie-ID oder ein Kategoriename sein</translation>
    </message>
    <message>
        <source>“note”, “entity” and “identifier” must be strings</source>
        <translation>„note“, „entity“ und „identifier“ müssen Zeichenketten sein</translation>
    </message>
    <message>
        <source>“confidence” must be a number from 0 to 1, or null</source>
        <translation>„confidence“ muss eine Zahl von 0 bis 1 oder null sein</translation>
    </message>
    <message>
        <source>links[%1]: “%2” is not in the article text</source>
        <translation>links[%1]: „%2“ ist nicht im Artikeltext enthalten</translation>
    </message>
    <message>
        <source>Add a region to an image of the article and save the sidecar. Exactly one shape option. Coordinates are image pixels (after EXIF orientation), origin top-left. Prints the new region&apos;s id.
With --from-json FILE, adds every region of FILE (a JSON array of region objects as `region list --json` prints them; - reads standard input) in one step and one save, or none of them when one is not valid; prints the new ids, one per line.</source>
        <translation>Einem Bild des Artikels eine Region hinzufügen und die Sidecar-Datei speichern. Genau eine Formoption. Koordinaten sind Bildpixel (nach EXIF-Ausrichtung), Ursprung oben links. Gibt die ID der neuen Region aus.
Mit --from-json FILE werden alle Regionen aus FILE (ein JSON-Array von Regionsobjekten, wie `region list --json` sie ausgibt; - liest die Standardeingabe) in einem Schritt und mit einem Speichervorgang hinzugefügt, oder keine, wenn eine davon ungültig ist; gibt die neuen IDs aus, eine pro Zeile.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Image number, from 1 in article order.</source>
        <translation>Bildnummer, ab 1 in Artikelreihenfolge.</translation>
    </message>
    <message>
        <source>Rectangle X,Y,W,H.</source>
        <translation>Rechteck X,Y,W,H.</translation>
    </message>
    <message>
        <source>Ellipse in the box X,Y,W,H.</source>
        <translation>Ellipse im Rahmen X,Y,W,H.</translation>
    </message>
    <message>
        <source>Polygon x1,y1,x2,y2,… (3+ points).</source>
        <translation>Polygon x1,y1,x2,y2,… (ab 3 Punkten).</translation>
    </message>
    <message>
        <source>Polyline x1,y1,x2,y2,… (2+ points).</source>
        <translation>Linienzug x1,y1,x2,y2,… (ab 2 Punkten).</translation>
    </message>
    <message>
        <source>Point X,Y.</source>
        <translation>Punkt X,Y.</translation>
    </message>
    <message>
        <source>Label id or name, e.g. person or &quot;Flag or insignia&quot;.</source>
        <translation>Kategorie-ID oder -name, z. B. person oder &quot;Flag or insignia&quot;.</translation>
    </message>
    <message>
        <source>A note on the region.</source>
        <translation>Eine Notiz zur Region.</translation>
    </message>
    <message>
        <source>Who or what the region shows.</source>
        <translation>Wen oder was die Region zeigt.</translation>
    </message>
    <message>
        <source>An IRI identifying the entity, e.g. a Wikidata entity URL.</source>
        <translation>Eine IRI, die die Entität bezeichnet, z. B. eine Wikidata-Entitäts-URL.</translation>
    </message>
    <message>
        <source>How sure you are, 0 to 1.</source>
        <translation>Wie sicher Sie sind, 0 bis 1.</translation>
    </message>
    <message>
        <source>Link the region to this text of the article; TEXT@N takes the N-th occurrence. Repeatable.</source>
        <translation>Die Region mit diesem Text des Artikels verknüpfen; TEXT@N nimmt das N-te Vorkommen. Wiederholbar.</translation>
    </message>
    <message>
        <source>Add the regions of this JSON file (- for standard input).</source>
        <translation>Die Regionen aus dieser JSON-Datei hinzufügen (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>Die Artikeldatei.</translation>
    </message>
    <message>
        <source>--from-json takes the regions from the file; --%1 cannot be combined with it</source>
        <translation>--from-json übernimmt die Regionen aus der Datei; --%1 kann nicht damit kombiniert werden</translation>
    </message>
    <message>
        <source>give exactly one of --rect, --ellipse, --polygon, --polyline, --point</source>
        <translation>geben Sie genau eine der Optionen --rect, --ellipse, --polygon, --polyline, --point an</translation>
    </message>
    <message>
        <source>--image N is required</source>
        <translation>--image N ist erforderlich</translation>
    </message>
    <message>
        <source>--label is required</source>
        <translation>--label ist erforderlich</translation>
    </message>
    <message>
        <source>--image takes a number, from 1</source>
        <translation>--image erwartet eine Zahl ab 1</translation>
    </message>
    <message>
        <source>“%1” (occurrence %2) is not in the article text</source>
        <translation>„%1“ (Vorkommen %2) ist nicht im Artikeltext enthalten</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1: cannot read: %2
</source>
        <translation>%1: Lesen nicht möglich: %2
</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)
</source>
        <translation>
            <numerusform>… und %n weiteres Problem
</numerusform>
            <numerusform>… und %n weitere Probleme
</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added.
</source>
        <translation>Es wurde nichts hinzugefügt.
</translation>
    </message>
    <message>
        <source>%1: no regions; nothing was added.
</source>
        <translation>%1: keine Regionen; es wurde nichts hinzugefügt.
</translation>
    </message>
    <message>
        <source>List the regions of an article&apos;s sidecar.</source>
        <translation>Die Regionen der Sidecar-Datei eines Artikels auflisten.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Change a region&apos;s label, note, entity, confidence or shape and save the sidecar. Only what is given changes; an empty value clears a note, entity or identifier, --confidence none clears the confidence. Prints the region&apos;s id.</source>
        <translation>Kategorie, Notiz, Entität, Konfidenz oder Form einer Region ändern und die Sidecar-Datei speichern. Nur das Angegebene ändert sich; ein leerer Wert löscht Notiz, Entität oder Kennung, --confidence none löscht die Konfidenz. Gibt die ID der Region aus.</translation>
    </message>
    <message>
        <source>Label id or name.</source>
        <translation>Kategorie-ID oder -name.</translation>
    </message>
    <message>
        <source>The region&apos;s note.</source>
        <translation>Die Notiz der Region.</translation>
    </message>
    <message>
        <source>An IRI identifying the entity.</source>
        <translation>Eine IRI, die die Entität bezeichnet.</translation>
    </message>
    <message>
        <source>0 to 1, or none.</source>
        <translation>0 bis 1 oder none.</translation>
    </message>
    <message>
        <source>A new shape: rect=X,Y,W,H, ellipse=X,Y,W,H, polygon=x1,y1,…, polyline=x1,y1,… or point=X,Y.</source>
        <translation>Eine neue Form: rect=X,Y,W,H, ellipse=X,Y,W,H, polygon=x1,y1,…, polyline=x1,y1,… oder point=X,Y.</translation>
    </message>
    <message>
        <source>The region id (or a unique prefix of it).</source>
        <translation>Die Regions-ID (oder ein eindeutiges Präfix davon).</translation>
    </message>
    <message>
        <source>nothing to change: give --label, --note, --entity, --identifier, --confidence or --geometry</source>
        <translation>nichts zu ändern: Geben Sie --label, --note, --entity, --identifier, --confidence oder --geometry an</translation>
    </message>
    <message>
        <source>--geometry takes SHAPE=NUMBERS, e.g. rect=10,20,30,40</source>
        <translation>--geometry erwartet SHAPE=NUMBERS, z. B. rect=10,20,30,40</translation>
    </message>
    <message>
        <source>unknown label “%1”; `provena-cli labels` lists them</source>
        <translation>unbekannte Kategorie „%1“; `provena-cli labels` listet sie auf</translation>
    </message>
    <message>
        <source>The region already has these values; nothing changed.
</source>
        <translation>Die Region hat bereits diese Werte; es wurde nichts geändert.
</translation>
    </message>
    <message>
        <source>Remove a region (and its links) from an article&apos;s sidecar and save it. Text spans that only this region linked to, with no note of their own, go too.</source>
        <translation>Eine Region (und ihre Verknüpfungen) aus der Sidecar-Datei eines Artikels entfernen und diese speichern. Textstellen, die nur mit dieser Region verknüpft waren und keine eigene Notiz haben, werden ebenfalls entfernt.</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>not valid at %1: %2</source>
        <translation>ungültig bei %1: %2</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>Byte %1</translation>
    </message>
    <message>
        <source>expected a JSON array of regions</source>
        <translation>JSON-Array von Regionen erwartet</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>%1: more than %2 MiB of regions; pass them in smaller batches
</source>
        <translation>%1: mehr als %2 MiB an Regionen; übergeben Sie sie in kleineren Portionen
</translation>
    </message>
    <message>
        <source>The regions file</source>
        <translation>Die Regionsdatei</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>Resolve a merge conflict of a region (a field both sides of a merge changed, as `region list` shows it) and save the sidecar: --take ours keeps the value the region shows, --take theirs sets the other side&apos;s. Prints the region&apos;s id.</source>
        <translation>Einen Zusammenführungskonflikt einer Region lösen (ein Feld, das beide Seiten einer Zusammenführung geändert haben, wie `region list` es anzeigt) und die Sidecar-Datei speichern: --take ours behält den Wert, den die Region zeigt, --take theirs setzt den der anderen Seite. Gibt die ID der Region aus.</translation>
    </message>
    <message>
        <source>The region id (or a unique prefix).</source>
        <translation>Die Regions-ID (oder ein eindeutiges Präfix).</translation>
    </message>
    <message>
        <source>The conflicting field, e.g. body.</source>
        <translation>Das Feld mit dem Konflikt, z. B. body.</translation>
    </message>
    <message>
        <source>ours or theirs.</source>
        <translation>ours oder theirs.</translation>
    </message>
    <message>
        <source>--region, --field and --take ours|theirs are required</source>
        <translation>--region, --field und --take ours|theirs sind erforderlich</translation>
    </message>
    <message>
        <source>Usage: %1 add ARTICLE --image N SHAPE --label L [--note T] [--entity NAME] [--identifier IRI] [--confidence C] [--link TEXT[@N]]...
       %1 add ARTICLE --from-json FILE
       %1 list ARTICLE [--json]
       %1 set ARTICLE ID [--label L] [--note T] [--entity NAME] [--identifier IRI] [--confidence C] [--geometry SHAPE=…]
       %1 remove ARTICLE ID
       %1 resolve ARTICLE --region ID --field F --take ours|theirs
SHAPE: --rect X,Y,W,H | --ellipse X,Y,W,H | --polygon x1,y1,... | --polyline x1,y1,... | --point X,Y
</source>
        <translation>Aufruf: %1 add ARTICLE --image N SHAPE --label L [--note T] [--entity NAME] [--identifier IRI] [--confidence C] [--link TEXT[@N]]...
        %1 add ARTICLE --from-json FILE
        %1 list ARTICLE [--json]
        %1 set ARTICLE ID [--label L] [--note T] [--entity NAME] [--identifier IRI] [--confidence C] [--geometry SHAPE=…]
        %1 remove ARTICLE ID
        %1 resolve ARTICLE --region ID --field F --take ours|theirs
SHAPE: --rect X,Y,W,H | --ellipse X,Y,W,H | --polygon x1,y1,... | --polyline x1,y1,... | --point X,Y
</translation>
    </message>
    <message>
        <source>Who is annotating (default: your name in Preferences, else $USER).</source>
        <translation>Wer annotiert (Standard: Ihr Name in den Einstellungen, sonst $USER).</translation>
    </message>
</context>
<context>
    <name>RegionImportCommand</name>
    <message>
        <source>Image %1 has no local file to read XMP from; fetch or attach it first.</source>
        <translation>Bild %1 hat keine lokale Datei, aus der XMP gelesen werden kann; rufen Sie es zuerst ab oder ordnen Sie es zu.</translation>
    </message>
    <message numerus="yes">
        <source>--image %1: the article has %n image(s)</source>
        <translation>
            <numerusform>--image %1: Der Artikel hat %n Bild</numerusform>
            <numerusform>--image %1: Der Artikel hat %n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>--map %1=%2: unknown label “%2”; `provena-cli labels` lists them</source>
        <translation>--map %1=%2: unbekannte Kategorie „%2“; `provena-cli labels` listet sie auf</translation>
    </message>
    <message>
        <source>Nothing was imported.
</source>
        <translation>Es wurde nichts importiert.
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>the image&apos;s XMP</source>
        <translation>das XMP des Bildes</translation>
    </message>
    <message numerus="yes">
        <source>would import %n region(s) into image %1 from %2 (%3)</source>
        <translation>
            <numerusform>würde %n Region in Bild %1 aus %2 (%3) importieren</numerusform>
            <numerusform>würde %n Regionen in Bild %1 aus %2 (%3) importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n region(s) into image %1 from %2 (%3)</source>
        <translation>
            <numerusform>%n Region in Bild %1 aus %2 (%3) importiert</numerusform>
            <numerusform>%n Regionen in Bild %1 aus %2 (%3) importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(keine Kategorie)</translation>
    </message>
    <message>
        <source>already present: %1</source>
        <translation>bereits vorhanden: %1</translation>
    </message>
    <message>
        <source>unmapped labels (imported without a label):</source>
        <translation>nicht zugeordnete Kategorien (ohne Kategorie importiert):</translation>
    </message>
    <message>
        <source>  hint: map them to Provena labels with --map LABEL=person (any label id or name; `provena-cli labels` lists them), or add your own with `provena-cli labels add`. Try the mapping with --dry-run first: importing again with a mapping adds the mapped shapes beside the unlabelled regions.</source>
        <translation>  Hinweis: Ordnen Sie sie mit --map LABEL=person Provena-Kategorien zu (beliebige Kategorie-ID oder -name; `provena-cli labels` listet sie auf), oder fügen Sie mit `provena-cli labels add` eigene hinzu. Testen Sie die Zuordnung zuerst mit --dry-run: Ein erneuter Import mit Zuordnung fügt die zugeordneten Formen neben den Regionen ohne Kategorie hinzu.</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Import the shapes of another tool&apos;s file — labelme, COCO or VIA (VGG Image Annotator) JSON — or of the image&apos;s own XMP (embedded or in its sidecar) as regions of one image, in one undo step and one save. Labels are matched by id or name; those that match none are reported and their regions imported without a label. Shapes Provena cannot represent are refused and listed, never changed. Shapes already in the sidecar are skipped, so importing twice adds nothing.
Exit 0 when everything was imported, 1 when something was refused or a label did not map (the rest is imported), 2 when a file cannot be read.</source>
        <translation>Die Formen aus der Datei eines anderen Werkzeugs – labelme-, COCO- oder VIA-JSON (VGG Image Annotator) – oder aus dem eigenen XMP des Bildes (eingebettet oder in seiner Sidecar-Datei) als Regionen eines Bildes importieren, in einem Rückgängig-Schritt und mit einem Speichervorgang. Kategorien werden über ID oder Name zugeordnet; nicht passende werden gemeldet und ihre Regionen ohne Kategorie importiert. Formen, die Provena nicht darstellen kann, werden abgelehnt und aufgeführt, niemals verändert. Formen, die bereits in der Sidecar-Datei sind, werden übersprungen; ein zweiter Import fügt also nichts hinzu.
Exit 0, wenn alles importiert wurde, 1, wenn etwas abgelehnt wurde oder eine Kategorie nicht zugeordnet werden konnte (der Rest wird importiert), 2, wenn eine Datei nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Image number, from 1 in article order.</source>
        <translation>Bildnummer, ab 1 in Artikelreihenfolge.</translation>
    </message>
    <message>
        <source>Import the IPTC and MWG regions of the image&apos;s XMP.</source>
        <translation>Die IPTC- und MWG-Regionen aus dem XMP des Bildes importieren.</translation>
    </message>
    <message>
        <source>The format of FILE: labelme, coco or via.</source>
        <translation>Das Format von FILE: labelme, coco oder via.</translation>
    </message>
    <message>
        <source>Give the file&apos;s label FROM the Provena label TO (id or name). Repeatable.</source>
        <translation>Der Kategorie FROM der Datei die Provena-Kategorie TO (ID oder Name) zuordnen. Wiederholbar.</translation>
    </message>
    <message>
        <source>COCO: the image&apos;s id in the file (default: the image whose file_name matches).</source>
        <translation>COCO: die ID des Bildes in der Datei (Standard: das Bild, dessen file_name passt).</translation>
    </message>
    <message>
        <source>VIA: the region attribute that holds the label (default: the only attribute, else label, name, type or class).</source>
        <translation>VIA: das Regionsattribut, das die Kategorie enthält (Standard: das einzige Attribut, sonst label, name, type oder class).</translation>
    </message>
    <message>
        <source>Print what would be imported; write nothing.</source>
        <translation>Ausgeben, was importiert würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>Die Artikeldatei.</translation>
    </message>
    <message>
        <source>The file to import (with --format).</source>
        <translation>Die zu importierende Datei (mit --format).</translation>
    </message>
    <message>
        <source>--image N is required</source>
        <translation>--image N ist erforderlich</translation>
    </message>
    <message>
        <source>--image takes a number, from 1</source>
        <translation>--image erwartet eine Zahl ab 1</translation>
    </message>
    <message>
        <source>give either --from-xmp or --format FORMAT FILE</source>
        <translation>geben Sie entweder --from-xmp oder --format FORMAT FILE an</translation>
    </message>
    <message>
        <source>--from-xmp reads the image&apos;s XMP and takes no FILE</source>
        <translation>--from-xmp liest das XMP des Bildes und erwartet keine FILE</translation>
    </message>
    <message>
        <source>unknown format “%1”; use labelme, coco or via</source>
        <translation>unbekanntes Format „%1“; verwenden Sie labelme, coco oder via</translation>
    </message>
    <message>
        <source>--format %1 needs the FILE to import</source>
        <translation>--format %1 benötigt die zu importierende FILE</translation>
    </message>
    <message>
        <source>--coco-image-id goes with --format coco</source>
        <translation>--coco-image-id gehört zu --format coco</translation>
    </message>
    <message>
        <source>--via-attribute goes with --format via</source>
        <translation>--via-attribute gehört zu --format via</translation>
    </message>
    <message>
        <source>--map takes FROM=TO, e.g. --map car=vehicle; got “%1”</source>
        <translation>--map erwartet FROM=TO, z. B. --map car=vehicle; erhalten: „%1“</translation>
    </message>
    <message>
        <source>Import: %1 import ARTICLE --image N (--from-xmp | --format labelme|coco|via FILE) [--map FROM=TO]... [--coco-image-id ID] [--via-attribute NAME] [--dry-run] [--json] (import --help)
</source>
        <translation>Import: %1 import ARTICLE --image N (--from-xmp | --format labelme|coco|via FILE) [--map FROM=TO]... [--coco-image-id ID] [--via-attribute NAME] [--dry-run] [--json] (import --help)
</translation>
    </message>
    <message>
        <source>missing subcommand</source>
        <translation>Unterbefehl fehlt</translation>
    </message>
    <message>
        <source>unknown subcommand “%1”</source>
        <translation>unbekannter Unterbefehl „%1“</translation>
    </message>
    <message>
        <source>Who is annotating (default: your name in Preferences, else $USER).</source>
        <translation>Wer annotiert (Standard: Ihr Name in den Einstellungen, sonst $USER).</translation>
    </message>
</context>
<context>
    <name>RegionImportPlanner</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RegionItem</name>
    <message>
        <source>review</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>RegionRenderer</name>
    <message>
        <source>No regions are marked on this image.</source>
        <translation>Auf diesem Bild sind keine Regionen markiert.</translation>
    </message>
    <message>
        <source>Regions marked on this image: %1 (the first %2 are listed here; the report lists all)</source>
        <translation>Auf diesem Bild markierte Regionen: %1 (die ersten %2 sind hier aufgeführt; der Bericht führt alle auf)</translation>
    </message>
    <message>
        <source>Regions marked on this image: %1</source>
        <translation>Auf diesem Bild markierte Regionen: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(keine Kategorie)</translation>
    </message>
    <message>
        <source>Could not draw the regions of “%1”: the rendering size %2 and crop size %3 must be positive.</source>
        <translation>Die Regionen von „%1“ konnten nicht gezeichnet werden: Die Darstellungsgröße %2 und die Ausschnittsgröße %3 müssen positiv sein.</translation>
    </message>
    <message>
        <source>Could not draw the regions of “%1”: drawing text needs the graphical part of Qt (a QGuiApplication, offscreen is enough).</source>
        <translation>Die Regionen von „%1“ konnten nicht gezeichnet werden: Das Zeichnen von Text erfordert den grafischen Teil von Qt (eine QGuiApplication, offscreen genügt).</translation>
    </message>
    <message>
        <source>Not enough memory to draw the regions of “%1”.</source>
        <translation>Nicht genügend Speicher, um die Regionen von „%1“ zu zeichnen.</translation>
    </message>
    <message>
        <source>Could not encode an empty image as JPEG.</source>
        <translation>Ein leeres Bild kann nicht als JPEG kodiert werden.</translation>
    </message>
    <message>
        <source>Could not encode a %1×%2 image as JPEG.</source>
        <translation>Ein Bild mit %1×%2 konnte nicht als JPEG kodiert werden.</translation>
    </message>
</context>
<context>
    <name>RegionValidator</name>
    <message>
        <source>image index %1 is negative</source>
        <translation>Bildindex %1 ist negativ</translation>
    </message>
    <message>
        <source>a %1 has exactly %2 point(s), not %3</source>
        <translation>Form %1 hat genau %2 Punkt(e), nicht %3</translation>
    </message>
    <message>
        <source>a %1 needs at least %2 points, not %3</source>
        <translation>Form %1 benötigt mindestens %2 Punkte, nicht %3</translation>
    </message>
    <message>
        <source>%1 points are more than the limit of %2</source>
        <translation>%1 Punkte überschreiten die Grenze von %2</translation>
    </message>
    <message>
        <source>point %1 is not a pair of finite numbers</source>
        <translation>Punkt %1 ist kein Paar endlicher Zahlen</translation>
    </message>
    <message>
        <source>point %1 (%2, %3) is outside 0 to %4</source>
        <translation>Punkt %1 (%2, %3) liegt außerhalb von 0 bis %4</translation>
    </message>
    <message>
        <source>the shape (%1,%2 to %3,%4) lies outside the image, which is %5×%6 pixels</source>
        <translation>die Form (%1,%2 bis %3,%4) liegt außerhalb des Bildes, das %5×%6 Pixel groß ist</translation>
    </message>
    <message>
        <source>“%1” is not a label id (1 to 64 of a–z, 0–9, &apos;-&apos; and &apos;_&apos;)</source>
        <translation>„%1“ ist keine Kategorie-ID (1 bis 64 Zeichen aus a–z, 0–9, &apos;-&apos; und &apos;_&apos;)</translation>
    </message>
    <message>
        <source>“%1” is not a known label</source>
        <translation>„%1“ ist keine bekannte Kategorie</translation>
    </message>
    <message>
        <source>confidence %1 is not between 0 and 1</source>
        <translation>Konfidenz %1 liegt nicht zwischen 0 und 1</translation>
    </message>
    <message>
        <source>“%1” is not an absolute IRI (e.g. http://www.wikidata.org/entity/Q42)</source>
        <translation>„%1“ ist keine absolute IRI (z. B. http://www.wikidata.org/entity/Q42)</translation>
    </message>
    <message>
        <source>text of %1 characters is longer than the limit of %2</source>
        <translation>Text mit %1 Zeichen überschreitet die Grenze von %2</translation>
    </message>
    <message numerus="yes">
        <source>the size of image %1 is unknown, so its %n region(s) could not be checked against its bounds; fetch or attach the image and run validate again</source>
        <translation>
            <numerusform>die Größe von Bild %1 ist unbekannt, daher konnte seine %n Region nicht gegen die Bildgrenzen geprüft werden; rufen Sie das Bild ab oder ordnen Sie es zu und führen Sie validate erneut aus</numerusform>
            <numerusform>die Größe von Bild %1 ist unbekannt, daher konnten seine %n Regionen nicht gegen die Bildgrenzen geprüft werden; rufen Sie das Bild ab oder ordnen Sie es zu und führen Sie validate erneut aus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Untitled article</source>
        <translation>Unbenannter Artikel</translation>
    </message>
    <message>
        <source>en</source>
        <comment>BCP 47 code of this translation</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>%1 — Provena report</source>
        <translation>%1 — Provena-Bericht</translation>
    </message>
    <message>
        <source>Article file</source>
        <translation>Artikeldatei</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Bundle date</source>
        <translation>Paketdatum</translation>
    </message>
    <message>
        <source>Article date</source>
        <translation>Artikeldatum</translation>
    </message>
    <message>
        <source>Author(s)</source>
        <translation>Autor(en)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Annotations made</source>
        <translation>Erstellte Annotationen</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n Region</numerusform>
            <numerusform>%n Regionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked text span(s)</source>
        <translation>
            <numerusform>%n verknüpfte Textstelle</numerusform>
            <numerusform>%n verknüpfte Textstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>Linked spans not in the text</source>
        <translation>Verknüpfte Textstellen, die nicht im Text stehen</translation>
    </message>
    <message>
        <source>Highlighted spans are linked to regions; the small numbers after them name the regions (see each image&apos;s table).</source>
        <translation>Hervorgehobene Textstellen sind mit Regionen verknüpft; die kleinen Zahlen dahinter benennen die Regionen (siehe die Tabelle zu jedem Bild).</translation>
    </message>
    <message>
        <source>The article has no text to show.</source>
        <translation>Der Artikel hat keinen Text zum Anzeigen.</translation>
    </message>
    <message>
        <source>[Image %1, shown below]</source>
        <translation>[Bild %1, siehe unten]</translation>
    </message>
    <message>
        <source>These spans could not be placed in the article&apos;s text as shown above: the text changed since they were made (orphaned), or they lie in markup a reader does not see. They are kept with their last known quote.</source>
        <translation>Diese Textstellen konnten im oben gezeigten Artikeltext nicht verortet werden: Der Text hat sich seit ihrer Erstellung geändert (verwaist), oder sie liegen in Markup, das Lesende nicht sehen. Sie werden mit ihrem zuletzt bekannten Zitat aufbewahrt.</translation>
    </message>
    <message>
        <source>not among the text a reader sees</source>
        <translation>nicht im für Lesende sichtbaren Text</translation>
    </message>
    <message>
        <source>(code points %1–%2)</source>
        <translation>(Codepoints %1–%2)</translation>
    </message>
    <message>
        <source>Made with Provena %1.</source>
        <translation>Erstellt mit Provena %1.</translation>
    </message>
    <message>
        <source>Made with Provena %1 from the annotations in %2.</source>
        <translation>Erstellt mit Provena %1 aus den Annotationen in %2.</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(keine Kategorie)</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Bildnachweis: %1</translation>
    </message>
    <message>
        <source>Referenced in the article as:</source>
        <translation>Im Artikel referenziert als:</translation>
    </message>
    <message>
        <source>The article no longer references this image; what was recorded for it is kept.</source>
        <translation>Der Artikel verweist nicht mehr auf dieses Bild; was dazu festgehalten wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The image file is not in the bundle: its regions are drawn on an empty frame.</source>
        <translation>Die Bilddatei ist nicht im Paket enthalten: Ihre Regionen sind auf einem leeren Rahmen gezeichnet.</translation>
    </message>
    <message>
        <source>The image file is not in the bundle.</source>
        <translation>Die Bilddatei ist nicht im Paket enthalten.</translation>
    </message>
    <message>
        <source>The image could not be read for this PDF: %1</source>
        <translation>Das Bild konnte für dieses PDF nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The image&apos;s size is not recorded: the frame only spans its regions.</source>
        <translation>Die Größe des Bildes ist nicht gespeichert: Der Rahmen umfasst nur seine Regionen.</translation>
    </message>
    <message>
        <source>The image with numbered regions and a legend</source>
        <translation>Das Bild mit nummerierten Regionen und einer Legende</translation>
    </message>
    <message>
        <source>Regions on image %1</source>
        <translation>Regionen auf Bild %1</translation>
    </message>
    <message>
        <source>No regions are marked on this image.</source>
        <translation>Auf diesem Bild sind keine Regionen markiert.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Geometry (pixels)</source>
        <translation>Geometrie (Pixel)</translation>
    </message>
    <message>
        <source>Linked text</source>
        <translation>Verknüpfter Text</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Ausschnitt</translation>
    </message>
    <message>
        <source>confidence %1 %</source>
        <translation>Konfidenz %1 %</translation>
    </message>
    <message>
        <source>Needs review: the image changed since it was marked</source>
        <translation>Prüfung nötig: Das Bild hat sich seit der Markierung geändert</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>a text span that is no longer recorded</source>
        <translation>eine Textstelle, die nicht mehr gespeichert ist</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Nothing is recorded yet about where this image comes from.</source>
        <translation>Über die Herkunft dieses Bildes ist noch nichts festgehalten.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>No claims are recorded.</source>
        <translation>Es sind keine Angaben erfasst.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Weitergabekette</translation>
    </message>
    <message>
        <source>No custody events: none of the accepted claims names who made or passed on the image.</source>
        <translation>Keine Weitergabeereignisse: Keine der angenommenen Angaben nennt, wer das Bild erstellt oder weitergegeben hat.</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>Verification: the five pillars</source>
        <translation>Prüfung: die fünf Säulen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Prüfurteil</translation>
    </message>
    <message>
        <source>No verdict has been given.</source>
        <translation>Es wurde kein Prüfurteil abgegeben.</translation>
    </message>
    <message>
        <source>(confidence %1 %)</source>
        <translation>(Konfidenz %1 %)</translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <translation>Entschieden von %1</translation>
    </message>
    <message>
        <source>Key metadata</source>
        <translation>Wichtige Metadaten</translation>
    </message>
    <message>
        <source>The image file is not in the bundle, so its metadata was not read.</source>
        <translation>Die Bilddatei ist nicht im Paket enthalten, daher wurden ihre Metadaten nicht gelesen.</translation>
    </message>
    <message>
        <source>The image&apos;s metadata names no creator, credit, dates, camera or other key facts.</source>
        <translation>Die Metadaten des Bildes nennen keinen Urheber, keinen Bildnachweis, keine Datumsangaben, keine Kamera und keine anderen wichtigen Fakten.</translation>
    </message>
    <message>
        <source>Could not make the PDF report: no article was given.</source>
        <translation>Der PDF-Bericht konnte nicht erstellt werden: Es wurde kein Artikel angegeben.</translation>
    </message>
    <message>
        <source>Could not make the PDF report of “%1”: Qt&apos;s PDF writer produced nothing.</source>
        <translation>Der PDF-Bericht zu „%1“ konnte nicht erstellt werden: Der PDF-Writer von Qt hat nichts erzeugt.</translation>
    </message>
    <message>
        <source>x %1, y %2, %3 × %4</source>
        <translation>x %1, y %2, %3 × %4</translation>
    </message>
    <message>
        <source>rectangle %1</source>
        <translation>Rechteck %1</translation>
    </message>
    <message>
        <source>ellipse in %1</source>
        <translation>Ellipse in %1</translation>
    </message>
    <message numerus="yes">
        <source>polygon of %n points in %1</source>
        <translation>
            <numerusform>Polygon aus %n Punkt in %1</numerusform>
            <numerusform>Polygon aus %n Punkten in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>line of %n points in %1</source>
        <translation>
            <numerusform>Linie aus %n Punkt in %1</numerusform>
            <numerusform>Linie aus %n Punkten in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>point at x %1, y %2</source>
        <translation>Punkt bei x %1, y %2</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Umstritten</translation>
    </message>
    <message>
        <source>state media</source>
        <translation>Staatsmedium</translation>
    </message>
    <message>
        <source>wire service</source>
        <translation>Nachrichtenagentur</translation>
    </message>
    <message>
        <source>photo agency</source>
        <translation>Bildagentur</translation>
    </message>
    <message>
        <source>newspaper</source>
        <translation>Zeitung</translation>
    </message>
    <message>
        <source>broadcaster</source>
        <translation>Rundfunkanstalt</translation>
    </message>
    <message>
        <source>government</source>
        <translation>Regierung</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>found elsewhere in the text</source>
        <translation>an anderer Stelle im Text gefunden</translation>
    </message>
    <message>
        <source>found by approximate match</source>
        <translation>durch ungefähre Übereinstimmung gefunden</translation>
    </message>
    <message>
        <source>no longer found in the text</source>
        <translation>nicht mehr im Text gefunden</translation>
    </message>
    <message>
        <source>EXIF</source>
        <translation>EXIF</translation>
    </message>
    <message>
        <source>IPTC</source>
        <translation>IPTC</translation>
    </message>
    <message>
        <source>XMP</source>
        <translation>XMP</translation>
    </message>
    <message>
        <source>XMP sidecar</source>
        <translation>XMP-Sidecar-Datei</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>C2PA manifest</source>
        <translation>C2PA-Manifest</translation>
    </message>
    <message>
        <source>Thumbnail mismatch</source>
        <translation>Abweichendes Vorschaubild</translation>
    </message>
    <message>
        <source>Metadata stripped</source>
        <translation>Metadaten entfernt</translation>
    </message>
    <message>
        <source>Editing software</source>
        <translation>Bearbeitungssoftware</translation>
    </message>
    <message>
        <source>Date mismatch</source>
        <translation>Abweichendes Datum</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>Copyright</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Aufnahmedatum</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Objektiv</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>GPS position</source>
        <translation>GPS-Position</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Digital source type</source>
        <translation>Digitaler Quelltyp</translation>
    </message>
    <message>
        <source>Damaged metadata</source>
        <translation>Beschädigte Metadaten</translation>
    </message>
    <message>
        <source>Forensic views</source>
        <translation>Forensische Ansichten</translation>
    </message>
    <message>
        <source>These views are aids: they show evidence, they do not declare an image fake.</source>
        <translation>Diese Ansichten sind Hilfsmittel: Sie zeigen Belege, sie erklären ein Bild nicht für gefälscht.</translation>
    </message>
</context>
<context>
    <name>SafeExtractor</name>
    <message>
        <source>Refused “%1”: the entry “%2” is unsafe: %3. Nothing was extracted into “%4”.</source>
        <translation>„%1“ abgelehnt: Der Eintrag „%2“ ist unsicher: %3. Es wurde nichts nach „%4“ entpackt.</translation>
    </message>
    <message>
        <source>Could not extract “%1”: “%2” is not a folder.</source>
        <translation>„%1“ konnte nicht entpackt werden: „%2“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>Could not open “%1” as a zip file. Nothing was extracted.</source>
        <translation>„%1“ konnte nicht als ZIP-Datei geöffnet werden. Es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>Could not extract “%1”: no folder could be made in “%2”. Check that it is writable.</source>
        <translation>„%1“ konnte nicht entpackt werden: In „%2“ konnte kein Ordner erstellt werden. Prüfen Sie, ob er beschreibbar ist.</translation>
    </message>
    <message>
        <source>Extracting “%1” was cancelled; nothing was kept.</source>
        <translation>Das Entpacken von „%1“ wurde abgebrochen; es wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>Could not read “%1”: the zip is damaged. Nothing was extracted.</source>
        <translation>„%1“ konnte nicht gelesen werden: Die ZIP-Datei ist beschädigt. Es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>it lies outside the bundle&apos;s folder (a bundle holds exactly one top-level folder)</source>
        <translation>er liegt außerhalb des Paketordners (ein Paket enthält genau einen Ordner auf oberster Ebene)</translation>
    </message>
    <message>
        <source>it is in a second top-level folder besides “%1”</source>
        <translation>er liegt in einem zweiten Ordner auf oberster Ebene neben „%1“</translation>
    </message>
    <message>
        <source>its folder name is reserved</source>
        <translation>sein Ordnername ist reserviert</translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation>der Ordner konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>its folder could not be created</source>
        <translation>sein Ordner konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Could not create “%1” while extracting “%2”. Nothing was kept.</source>
        <translation>„%1“ konnte beim Entpacken von „%2“ nicht erstellt werden. Es wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>Could not extract the entry “%1” of “%2”: it is damaged. Nothing was kept.</source>
        <translation>Der Eintrag „%1“ von „%2“ konnte nicht entpackt werden: Er ist beschädigt. Es wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>Could not write “%1” while extracting “%2”. Check the free disk space. Nothing was kept.</source>
        <translation>„%1“ konnte beim Entpacken von „%2“ nicht geschrieben werden. Prüfen Sie den freien Speicherplatz. Es wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>Could not write “%1” while extracting “%2”. Nothing was kept.</source>
        <translation>„%1“ konnte beim Entpacken von „%2“ nicht geschrieben werden. Es wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>Refused “%1”: it holds no folder (a bundle holds exactly one top-level folder). Nothing was extracted.</source>
        <translation>„%1“ abgelehnt: Es enthält keinen Ordner (ein Paket enthält genau einen Ordner auf oberster Ebene). Es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>Could not extract “%1”: “%2” already exists in “%3”. Remove or rename it, or choose another folder.</source>
        <translation>„%1“ konnte nicht entpackt werden: „%2“ existiert bereits in „%3“. Entfernen oder benennen Sie es um, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Could not extract “%1” into “%2”.</source>
        <translation>„%1“ konnte nicht nach „%2“ entpackt werden.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genügend Speicher</translation>
    </message>
    <message>
        <source>not a zip file</source>
        <translation>keine ZIP-Datei</translation>
    </message>
    <message>
        <source>its name is not valid UTF-8</source>
        <translation>sein Name ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>its name is empty</source>
        <translation>sein Name ist leer</translation>
    </message>
    <message>
        <source>its name contains a control character</source>
        <translation>sein Name enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>its path is absolute</source>
        <translation>sein Pfad ist absolut</translation>
    </message>
    <message>
        <source>its path contains a backslash, which Windows reads as a folder separator</source>
        <translation>sein Pfad enthält einen Backslash, den Windows als Ordnertrenner liest</translation>
    </message>
    <message>
        <source>its path starts with a drive letter</source>
        <translation>sein Pfad beginnt mit einem Laufwerksbuchstaben</translation>
    </message>
    <message>
        <source>its path contains “..”, which would leave the folder</source>
        <translation>sein Pfad enthält „..“, womit er den Ordner verlassen würde</translation>
    </message>
    <message>
        <source>its path has an empty or “.” component</source>
        <translation>sein Pfad enthält einen leeren Bestandteil oder „.“</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation>er ist verschlüsselt</translation>
    </message>
    <message>
        <source>it is a hard link (to “%1”)</source>
        <translation>er ist ein harter Link (auf „%1“)</translation>
    </message>
    <message>
        <source>it is a symbolic link (to “%1”)</source>
        <translation>er ist ein symbolischer Link (auf „%1“)</translation>
    </message>
    <message>
        <source>it is a character device</source>
        <translation>er ist ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>it is a block device</source>
        <translation>er ist ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO)</source>
        <translation>er ist eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>it is a socket</source>
        <translation>er ist ein Socket</translation>
    </message>
    <message>
        <source>it is not a regular file or folder</source>
        <translation>er ist weder eine reguläre Datei noch ein Ordner</translation>
    </message>
    <message>
        <source>the name appears twice in the zip</source>
        <translation>der Name kommt in der ZIP-Datei doppelt vor</translation>
    </message>
    <message>
        <source>it is both a file and a folder in the zip</source>
        <translation>er ist in der ZIP-Datei sowohl Datei als auch Ordner</translation>
    </message>
    <message>
        <source>its name differs only by case or Unicode normalisation from “%1”</source>
        <translation>sein Name unterscheidet sich von „%1“ nur in der Groß-/Kleinschreibung oder der Unicode-Normalisierung</translation>
    </message>
    <message>
        <source>it expands to more than %1 bytes, the limit for one entry</source>
        <translation>entpackt ist er größer als %1 Bytes, die Grenze für einen Eintrag</translation>
    </message>
    <message>
        <source>the bundle expands to more than %1 bytes, the limit for all entries</source>
        <translation>entpackt ist das Paket größer als %1 Bytes, die Grenze für alle Einträge</translation>
    </message>
    <message>
        <source>it expands more than %1 times its compressed size (a zip bomb?)</source>
        <translation>entpackt ist er mehr als %1-mal so groß wie komprimiert (eine ZIP-Bombe?)</translation>
    </message>
    <message>
        <source>the zip has more than %1 entries</source>
        <translation>die ZIP-Datei hat mehr als %1 Einträge</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>“%1” is a symbolic link to “%2”: Provena does not save through links, because that would change “%2” instead. Replace the link with a copy of the file, or remove it, then save again.</source>
        <translation>„%1“ ist ein symbolischer Link auf „%2“: Provena speichert nicht über Links, da sonst stattdessen „%2“ geändert würde. Ersetzen Sie den Link durch eine Kopie der Datei oder entfernen Sie ihn und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>“%1” is %2, not a file: Provena saves only over regular files. Rename or remove it, then save again.</source>
        <translation>„%1“ ist %2, keine Datei: Provena überschreibt beim Speichern nur reguläre Dateien. Benennen Sie es um oder entfernen Sie es und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>Could not open “%1” for writing. Check that its folder exists and that you may write there.</source>
        <translation>„%1“ konnte nicht zum Schreiben geöffnet werden. Prüfen Sie, ob der Ordner existiert und ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Could not give the saved “%1” its previous owner.</source>
        <translation>Der gespeicherten Datei „%1“ konnte ihr bisheriger Eigentümer nicht zugewiesen werden.</translation>
    </message>
    <message>
        <source>Could not give the saved “%1” its previous permissions.</source>
        <translation>Der gespeicherten Datei „%1“ konnten ihre bisherigen Berechtigungen nicht zugewiesen werden.</translation>
    </message>
    <message>
        <source>Could not finish saving “%1”. Check that the disk is not full and save again.</source>
        <translation>Das Speichern von „%1“ konnte nicht abgeschlossen werden. Prüfen Sie, ob die Festplatte voll ist, und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>“%1” is a folder, so Provena cannot keep the previous version of “%2” there. Rename or remove the folder, then save again.</source>
        <translation>„%1“ ist ein Ordner, daher kann Provena dort nicht die vorherige Version von „%2“ aufbewahren. Benennen Sie den Ordner um oder entfernen Sie ihn und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>Could not replace the old backup copy “%1”. Remove it, then save again.</source>
        <translation>Die alte Sicherungskopie „%1“ konnte nicht ersetzt werden. Entfernen Sie sie und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>Could not read “%1” to keep a backup copy of it.</source>
        <translation>„%1“ konnte nicht gelesen werden, um eine Sicherungskopie davon anzulegen.</translation>
    </message>
    <message>
        <source>Could not write the backup copy “%1”. Check that the disk is not full.</source>
        <translation>Die Sicherungskopie „%1“ konnte nicht geschrieben werden. Prüfen Sie, ob die Festplatte voll ist.</translation>
    </message>
    <message>
        <source>Could not write “%1”. Check that the disk is not full and save again.</source>
        <translation>„%1“ konnte nicht geschrieben werden. Prüfen Sie, ob die Festplatte voll ist, und speichern Sie erneut.</translation>
    </message>
</context>
<context>
    <name>SidecarLock</name>
    <message>
        <source>a symbolic link to “%1”</source>
        <translation>ein symbolischer Link auf „%1“</translation>
    </message>
    <message>
        <source>Provena cannot lock “%1” for saving: its lock file “%2” is %3. Remove it and save again.</source>
        <translation>Provena kann „%1“ nicht zum Speichern sperren: Die Sperrdatei „%2“ ist %3. Entfernen Sie sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Provena cannot create the lock file “%1” beside the sidecar: the folder is not writable. Make it writable, or save the article elsewhere (Save As).</source>
        <translation>Provena kann die Sperrdatei „%1“ neben der Sidecar-Datei nicht anlegen: Der Ordner ist nicht beschreibbar. Machen Sie ihn beschreibbar oder speichern Sie den Artikel an einem anderen Ort (Speichern unter).</translation>
    </message>
    <message>
        <source>Provena cannot create the lock file “%1” beside the sidecar. Check the folder, then save again.</source>
        <translation>Provena kann die Sperrdatei „%1“ neben der Sidecar-Datei nicht anlegen. Prüfen Sie den Ordner und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>“%1” is being saved by another program. Try again in a moment.</source>
        <translation>„%1“ wird gerade von einem anderen Programm gespeichert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>“%1” is being saved by another Provena (pid %2 on %3). Try again when it has finished; if no Provena is running there, delete “%4”.</source>
        <translation>„%1“ wird gerade von einer anderen Provena-Instanz gespeichert (PID %2 auf %3). Versuchen Sie es erneut, wenn diese fertig ist; läuft dort kein Provena, löschen Sie „%4“.</translation>
    </message>
</context>
<context>
    <name>SidecarMerger</name>
    <message>
        <source>The merged sidecar would not be valid: %1</source>
        <translation>Die zusammengeführte Sidecar-Datei wäre nicht gültig: %1</translation>
    </message>
</context>
<context>
    <name>SidecarPull</name>
    <message>
        <source>There is no merge conflict on “%1” of %2.</source>
        <translation>Es gibt keinen Zusammenführungskonflikt bei „%1“ von %2.</translation>
    </message>
    <message>
        <source>%1 is not in the sidecar.</source>
        <translation>%1 ist nicht in der Sidecar-Datei.</translation>
    </message>
</context>
<context>
    <name>SidecarReader</name>
    <message>
        <source>The sidecar is not valid at %1: %2</source>
        <translation>Die Sidecar-Datei ist an Stelle %1 nicht gültig: %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>text of %1 characters is longer than the limit of %2</source>
        <translation>Text mit %1 Zeichen überschreitet die Grenze von %2</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>the number %1 is outside the allowed range %2 to %3</source>
        <translation>die Zahl %1 liegt außerhalb des zulässigen Bereichs von %2 bis %3</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>Ganzzahl erwartet</translation>
    </message>
    <message>
        <source>“%1” is not an xsd:dateTime</source>
        <translation>„%1“ ist kein xsd:dateTime</translation>
    </message>
    <message>
        <source>expected a “urn:uuid:” IRI, found “%1”</source>
        <translation>„urn:uuid:“-IRI erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>The sidecar was written by a newer Provena (schema version %1; this version reads up to %2). Open it with a newer Provena.</source>
        <translation>Die Sidecar-Datei wurde von einer neueren Provena-Version geschrieben (Schemaversion %1; diese Version liest bis %2). Öffnen Sie sie mit einer neueren Provena-Version.</translation>
    </message>
    <message>
        <source>expected an “AnnotationCollection”</source>
        <translation>„AnnotationCollection“ erwartet</translation>
    </message>
    <message>
        <source>must name %1</source>
        <translation>muss %1 angeben</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>annotations on further pages are not supported; Provena writes one page</source>
        <translation>Annotationen auf weiteren Seiten werden nicht unterstützt; Provena schreibt eine Seite</translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation>die ID %1 wird zweimal verwendet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>no image of annotatedImages has this IRI</source>
        <translation>kein Bild in annotatedImages hat diese IRI</translation>
    </message>
    <message>
        <source>no region has the id %1</source>
        <translation>keine Region hat die ID %1</translation>
    </message>
    <message>
        <source>no text anchor has the id %1</source>
        <translation>keine Textstelle hat die ID %1</translation>
    </message>
    <message>
        <source>The sidecar is not valid JSON: %1.</source>
        <translation>Die Sidecar-Datei ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>byte offset %1</source>
        <translation>Byte-Offset %1</translation>
    </message>
    <message>
        <source>The sidecar is not valid: the top level must be a JSON object.</source>
        <translation>Die Sidecar-Datei ist nicht gültig: Die oberste Ebene muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>unknown shape “%1”</source>
        <translation>unbekannte Form „%1“</translation>
    </message>
    <message>
        <source>expected an array of x, y numbers</source>
        <translation>Array aus x-, y-Zahlen erwartet</translation>
    </message>
    <message>
        <source>the points do not make a valid %1</source>
        <translation>die Punkte ergeben keine gültige Form vom Typ %1</translation>
    </message>
    <message>
        <source>expected a selector object</source>
        <translation>Selektor-Objekt erwartet</translation>
    </message>
    <message>
        <source>no shape Provena can read</source>
        <translation>keine Form, die Provena lesen kann</translation>
    </message>
    <message>
        <source>the shape has coordinates outside 0 to %1</source>
        <translation>die Form hat Koordinaten außerhalb von 0 bis %1</translation>
    </message>
    <message>
        <source>end is before start</source>
        <translation>das Ende liegt vor dem Anfang</translation>
    </message>
    <message>
        <source>a TextQuoteSelector is required</source>
        <translation>ein TextQuoteSelector ist erforderlich</translation>
    </message>
    <message>
        <source>expected 64 lower-case hex digits</source>
        <translation>64 Hexadezimalziffern in Kleinbuchstaben erwartet</translation>
    </message>
    <message>
        <source>expected an absolute IRI</source>
        <translation>absolute IRI erwartet</translation>
    </message>
    <message>
        <source>The sidecar</source>
        <translation>Die Sidecar-Datei</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>„%1“ ist keiner der Werte: %2</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date, date-time or range “A/B”</source>
        <translation>„%1“ ist kein ISO-8601-Datum, keine Datums-/Uhrzeitangabe und kein Bereich „A/B“</translation>
    </message>
    <message>
        <source>the span ends before it starts</source>
        <translation>die Textstelle endet, bevor sie beginnt</translation>
    </message>
    <message>
        <source>an image needs “imageIndex” or “sha256”</source>
        <translation>ein Bild benötigt „imageIndex“ oder „sha256“</translation>
    </message>
    <message>
        <source>expected a “ProvenanceClaim”</source>
        <translation>„ProvenanceClaim“ erwartet</translation>
    </message>
    <message>
        <source>the pillar “%1” is assessed twice</source>
        <translation>die Säule „%1“ wird zweimal bewertet</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Add Region</source>
        <translation>Region hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Region(s)</source>
        <translation>
            <numerusform>%n Region hinzufügen</numerusform>
            <numerusform>%n Regionen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Region</source>
        <translation>Region löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Region(s)</source>
        <translation>
            <numerusform>%n Region löschen</numerusform>
            <numerusform>%n Regionen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Text</source>
        <translation>Text markieren</translation>
    </message>
    <message>
        <source>Remove Text Mark</source>
        <translation>Textmarkierung entfernen</translation>
    </message>
    <message>
        <source>Edit Text Note</source>
        <translation>Textnotiz bearbeiten</translation>
    </message>
    <message>
        <source>Reshape Region</source>
        <translation>Regionsform ändern</translation>
    </message>
    <message>
        <source>Change Region</source>
        <translation>Region ändern</translation>
    </message>
    <message>
        <source>Relabel Region as ‘%1’</source>
        <translation>Region als ‚%1‘ kategorisieren</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Set Entity</source>
        <translation>Entität festlegen</translation>
    </message>
    <message>
        <source>Set Confidence</source>
        <translation>Konfidenz festlegen</translation>
    </message>
    <message>
        <source>Link Text “%1”</source>
        <translation>Text „%1“ verknüpfen</translation>
    </message>
    <message>
        <source>Unlink Text</source>
        <translation>Textverknüpfung lösen</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Region(s) Reviewed</source>
        <translation>
            <numerusform>%n Region als geprüft markieren</numerusform>
            <numerusform>%n Regionen als geprüft markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach File to Image %1</source>
        <translation>Datei für Bild %1 zuordnen</translation>
    </message>
    <message>
        <source>Change Labels</source>
        <translation>Kategorien ändern</translation>
    </message>
    <message>
        <source>Edit Provenance</source>
        <translation>Herkunft bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n Provenance Suggestion(s)</source>
        <translation>
            <numerusform>%n Herkunftsvorschlag ablehnen</numerusform>
            <numerusform>%n Herkunftsvorschläge ablehnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n Provenance Suggestion(s)</source>
        <translation>
            <numerusform>%n Herkunftsvorschlag annehmen</numerusform>
            <numerusform>%n Herkunftsvorschläge annehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Provenance Claim(s)</source>
        <translation>
            <numerusform>%n Herkunftsangabe hinzufügen</numerusform>
            <numerusform>%n Herkunftsangaben hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Provenance Claim(s)</source>
        <translation>
            <numerusform>%n Herkunftsangabe entfernen</numerusform>
            <numerusform>%n Herkunftsangaben entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n Provenance Claim(s)</source>
        <translation>
            <numerusform>%n Herkunftsangabe bearbeiten</numerusform>
            <numerusform>%n Herkunftsangaben bearbeiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n Provenance Claim(s)</source>
        <translation>
            <numerusform>%n Herkunftsangabe annehmen</numerusform>
            <numerusform>%n Herkunftsangaben annehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n Provenance Claim(s)</source>
        <translation>
            <numerusform>%n Herkunftsangabe ablehnen</numerusform>
            <numerusform>%n Herkunftsangaben ablehnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dispute %n Provenance Claim(s)</source>
        <translation>
            <numerusform>%n Herkunftsangabe anfechten</numerusform>
            <numerusform>%n Herkunftsangaben anfechten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n Provenance Claim(s)</source>
        <translation>
            <numerusform>%n Herkunftsangabe wieder öffnen</numerusform>
            <numerusform>%n Herkunftsangaben wieder öffnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Assess %1: %2</source>
        <translation>%1 bewerten: %2</translation>
    </message>
    <message>
        <source>Set Verdict: %1</source>
        <translation>Prüfurteil festlegen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Record %n Custody Event(s)</source>
        <translation>
            <numerusform>%n Weitergabeereignis erfassen</numerusform>
            <numerusform>%n Weitergabeereignisse erfassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n Region(s)</source>
        <translation>
            <numerusform>%n Region importieren</numerusform>
            <numerusform>%n Regionen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetch Image %1</source>
        <translation>Bild %1 abrufen</translation>
    </message>
    <message>
        <source>Snap to Outline</source>
        <translation>An Umriss anpassen</translation>
    </message>
    <message>
        <source>Resolve Merge Conflict</source>
        <translation>Zusammenführungskonflikt lösen</translation>
    </message>
    <message>
        <source>Merge Changes from Disk</source>
        <translation>Änderungen von der Festplatte zusammenführen</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>Die Artikeldatei.</translation>
    </message>
    <message>
        <source>%1: no sidecar found (expected %2).
</source>
        <translation>%1: Keine Sidecar-Datei gefunden (erwartet: %2).
</translation>
    </message>
    <message>
        <source>sidecar: %1
</source>
        <translation>Sidecar-Datei: %1
</translation>
    </message>
    <message>
        <source>regions: %1, text anchors: %2
</source>
        <translation>Regionen: %1, Textstellen: %2
</translation>
    </message>
    <message>
        <source>article: changed since the sidecar was written
</source>
        <translation>Artikel: seit dem Schreiben der Sidecar-Datei geändert
</translation>
    </message>
    <message>
        <source>article: unchanged
</source>
        <translation>Artikel: unverändert
</translation>
    </message>
    <message>
        <source>re-anchored (%1, similarity %2): %3 “%4” [%5, %6) -&gt; [%7, %8)
</source>
        <translation>neu verankert (%1, Ähnlichkeit %2): %3 „%4“ [%5, %6) -&gt; [%7, %8)
</translation>
    </message>
    <message>
        <source>ORPHANED: %1 “%2” was at [%3, %4); not found in the article
</source>
        <translation>VERWAIST: %1 „%2“ war bei [%3, %4); im Artikel nicht gefunden
</translation>
    </message>
    <message>
        <source>IMAGE CHANGED: image %1 (%2): SHA-256 %3, sidecar recorded %4; its regions need review
</source>
        <translation>BILD GEÄNDERT: Bild %1 (%2): SHA-256 %3, in der Sidecar-Datei erfasst: %4; seine Regionen müssen geprüft werden
</translation>
    </message>
    <message>
        <source>IMAGE MISSING: the sidecar has regions on an image the article no longer references (%1)
</source>
        <translation>BILD FEHLT: Die Sidecar-Datei enthält Regionen auf einem Bild, auf das der Artikel nicht mehr verweist (%1)
</translation>
    </message>
    <message>
        <source>warning: region %1 lies outside image %2 (%3×%4)
</source>
        <translation>Warnung: Region %1 liegt außerhalb von Bild %2 (%3×%4)
</translation>
    </message>
    <message>
        <source>result: problems found
</source>
        <translation>Ergebnis: Probleme gefunden
</translation>
    </message>
    <message>
        <source>result: OK
</source>
        <translation>Ergebnis: OK
</translation>
    </message>
    <message>
        <source>IMAGE NOT FOUND: image %1 (%2): %3
</source>
        <translation>BILD NICHT GEFUNDEN: Bild %1 (%2): %3
</translation>
    </message>
    <message>
        <source>IMAGE UNREADABLE: image %1 (%2): %3
</source>
        <translation>BILD NICHT LESBAR: Bild %1 (%2): %3
</translation>
    </message>
    <message>
        <source>NOT AN IMAGE: image %1 (%2): %3
</source>
        <translation>KEIN BILD: Bild %1 (%2): %3
</translation>
    </message>
    <message>
        <source>IMAGE OUTSIDE THE FOLDER: image %1 (%2) leads to %3, outside the article&apos;s folder; it was not read (--allow-outside reads it)
</source>
        <translation>BILD AUSSERHALB DES ORDNERS: Bild %1 (%2) führt zu %3, außerhalb des Artikelordners; es wurde nicht gelesen (--allow-outside liest es)
</translation>
    </message>
    <message numerus="yes">
        <source>UNKNOWN SIZE: image %1 (%2) has no known pixel size, so its %n region(s) could not be bounds-checked
</source>
        <translation>
            <numerusform>UNBEKANNTE GRÖSSE: Bild %1 (%2) hat keine bekannte Pixelgröße, daher konnte seine %n Region nicht auf die Bildgrenzen geprüft werden
</numerusform>
            <numerusform>UNBEKANNTE GRÖSSE: Bild %1 (%2) hat keine bekannte Pixelgröße, daher konnten seine %n Regionen nicht auf die Bildgrenzen geprüft werden
</numerusform>
        </translation>
    </message>
    <message>
        <source>Check an article&apos;s sidecar against the article text and its images, and print what was found. Writes nothing.
Exit 0: every anchor resolves (re-anchored ones are listed) and every image could be checked; 1: an anchor is orphaned, an image changed, or an image is missing, unreadable, not an image, outside the article&apos;s folder (without --allow-outside) or of unknown size while it has regions (they could not be bounds-checked); 2: the article or sidecar cannot be read.</source>
        <translation>Die Sidecar-Datei eines Artikels anhand des Artikeltexts und seiner Bilder prüfen und die Ergebnisse ausgeben. Schreibt nichts.
Exit-Code 0: Jede Verankerung wird aufgelöst (neu verankerte werden aufgeführt) und jedes Bild konnte geprüft werden; 1: Eine Verankerung ist verwaist, ein Bild wurde geändert oder ein Bild fehlt, ist nicht lesbar, ist kein Bild, liegt außerhalb des Artikelordners (ohne --allow-outside) oder hat eine unbekannte Größe, obwohl es Regionen hat (diese konnten nicht auf die Bildgrenzen geprüft werden); 2: Der Artikel oder die Sidecar-Datei kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Check a bundle: the bag (every file present and listed, every checksum, Payload-Oxum, the tag manifest), then every article&apos;s sidecar against the article and its images. Keeps nothing.
Exit 0: valid; 1: problems, each named; 2: the zip cannot be read or was refused as unsafe.</source>
        <translation>Ein Paket prüfen: die BagIt-Struktur (jede Datei vorhanden und aufgeführt, jede Prüfsumme, Payload-Oxum, das Tag-Manifest), dann die Sidecar-Datei jedes Artikels anhand des Artikels und seiner Bilder. Behält nichts.
Exit-Code 0: gültig; 1: Probleme, jeweils benannt; 2: Die ZIP-Datei kann nicht gelesen werden oder wurde als unsicher abgelehnt.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>Die Befunde als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The bundle (.zip).</source>
        <translation>Das Paket (.zip).</translation>
    </message>
    <message>
        <source>%1: no such bundle.
</source>
        <translation>%1: Paket nicht vorhanden.
</translation>
    </message>
    <message>
        <source>%1: refused: %2
</source>
        <translation>%1: abgelehnt: %2
</translation>
    </message>
    <message numerus="yes">
        <source>bag: %1 (%n payload file(s), %2 bytes)
</source>
        <translation>
            <numerusform>Paket: %1 (%n Nutzdatei, %2 Bytes)
</numerusform>
            <numerusform>Paket: %1 (%n Nutzdateien, %2 Bytes)
</numerusform>
        </translation>
    </message>
    <message>
        <source>PROBLEM %1: %2: %3
</source>
        <translation>PROBLEM %1: %2: %3
</translation>
    </message>
    <message>
        <source>article: %1: OK
</source>
        <translation>Artikel: %1: OK
</translation>
    </message>
    <message numerus="yes">
        <source>article: %1: %n problem(s)
</source>
        <translation>
            <numerusform>Artikel: %1: %n Problem
</numerusform>
            <numerusform>Artikel: %1: %n Probleme
</numerusform>
        </translation>
    </message>
    <message>
        <source>result: valid
</source>
        <translation>Ergebnis: gültig
</translation>
    </message>
    <message numerus="yes">
        <source>result: %n problem(s)
</source>
        <translation>
            <numerusform>Ergebnis: %n Problem
</numerusform>
            <numerusform>Ergebnis: %n Probleme
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionFinder</name>
    <message>
        <source>Hashing images</source>
        <translation>Bilder werden gehasht</translation>
    </message>
    <message>
        <source>%1 was not compared: %2</source>
        <translation>%1 wurde nicht verglichen: %2</translation>
    </message>
    <message>
        <source>Comparing images</source>
        <translation>Bilder werden verglichen</translation>
    </message>
    <message>
        <source>The search for versions of %1 was cancelled.</source>
        <translation>Die Suche nach Versionen von %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>VersionIndex</name>
    <message>
        <source>The version index %1 is not valid JSON.</source>
        <translation>Der Versionsindex %1 ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The version index %1 has another schema.</source>
        <translation>Der Versionsindex %1 hat ein anderes Schema.</translation>
    </message>
    <message>
        <source>The version index %1 has a damaged entry.</source>
        <translation>Der Versionsindex %1 enthält einen beschädigten Eintrag.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>Der Ordner %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Indexing %1 was cancelled.</source>
        <translation>Die Indizierung von %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>VersionSuggester</name>
    <message>
        <source>Found by Find Other Versions: %1 shows %2 as image %3 (caption “%4”, credit “%5”); it is %6 of this image, at x %7, y %8, %9 × %10 in this image&apos;s pixels, scale %11, perceptual hash distance %12.</source>
        <translation>Gefunden durch „Andere Versionen suchen“: %1 zeigt %2 als Bild %3 (Bildunterschrift „%4“, Bildnachweis „%5“); es ist %6 dieses Bildes, bei x %7, y %8, %9 × %10 in den Pixeln dieses Bildes, Maßstab %11, Wahrnehmungs-Hash-Abstand %12.</translation>
    </message>
    <message>
        <source>a copy</source>
        <translation>eine Kopie</translation>
    </message>
    <message>
        <source>“%1” shows another version of this photo (%2); its byline names %3.</source>
        <translation>„%1“ zeigt eine andere Version dieses Fotos (%2); die Autorenzeile nennt %3.</translation>
    </message>
    <message>
        <source>“%1” shows another version of this photo (%2), credited to %3.</source>
        <translation>„%1“ zeigt eine andere Version dieses Fotos (%2), Bildnachweis: %3.</translation>
    </message>
</context>
<context>
    <name>ViaReader</name>
    <message>
        <source>the attribute “%1” has several options ticked (%2); a region has one label</source>
        <translation>beim Attribut „%1“ sind mehrere Optionen angekreuzt (%2); eine Region hat eine Kategorie</translation>
    </message>
    <message>
        <source>the attribute “%1” is a list, not a label</source>
        <translation>das Attribut „%1“ ist eine Liste, keine Kategorie</translation>
    </message>
    <message>
        <source>This is a VIA 3 project; Provena does not read VIA 3 files yet. Convert it to COCO or to a VIA 2 project first, or annotate the image in VIA 2.</source>
        <translation>Dies ist ein VIA-3-Projekt; Provena kann VIA-3-Dateien noch nicht lesen. Konvertieren Sie es zuerst nach COCO oder in ein VIA-2-Projekt oder annotieren Sie das Bild in VIA 2.</translation>
    </message>
    <message>
        <source>This is not a VIA file: it has no “_via_img_metadata” and no image entries with a “filename”. Choose a VIA 2 project or a VIA annotations export (JSON), or another --format.</source>
        <translation>Dies ist keine VIA-Datei: Sie hat kein „_via_img_metadata“ und keine Bildeinträge mit „filename“. Wählen Sie ein VIA-2-Projekt oder einen VIA-Annotationsexport (JSON) oder ein anderes --format.</translation>
    </message>
    <message>
        <source>The VIA file has no image named “%1”.</source>
        <translation>Die VIA-Datei hat kein Bild namens „%1“.</translation>
    </message>
    <message>
        <source>images: %1</source>
        <translation>Bilder: %1</translation>
    </message>
    <message>
        <source>The VIA file has %1 entries for an image named “%2” (%3); keep one of them in VIA and save again.</source>
        <translation>Die VIA-Datei hat %1 Einträge für ein Bild namens „%2“ (%3); behalten Sie in VIA einen davon und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>the rect has a negative width or height</source>
        <translation>das Rechteck hat eine negative Breite oder Höhe</translation>
    </message>
    <message>
        <source>the circle has a negative radius</source>
        <translation>der Kreis hat einen negativen Radius</translation>
    </message>
    <message>
        <source>the ellipse is rotated (theta %1 rad); Provena has no rotated ellipse. Draw it as a polygon in VIA.</source>
        <translation>die Ellipse ist gedreht (theta %1 rad); Provena kennt keine gedrehten Ellipsen. Zeichnen Sie sie in VIA als Polygon.</translation>
    </message>
    <message>
        <source>the ellipse has a negative radius</source>
        <translation>die Ellipse hat einen negativen Radius</translation>
    </message>
    <message numerus="yes">
        <source>the polygon has %n point(s); a polygon needs at least 3</source>
        <translation>
            <numerusform>das Polygon hat %n Punkt; ein Polygon braucht mindestens 3</numerusform>
            <numerusform>das Polygon hat %n Punkte; ein Polygon braucht mindestens 3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the polyline has %n point(s); a polyline needs at least 2</source>
        <translation>
            <numerusform>der Linienzug hat %n Punkt; ein Linienzug braucht mindestens 2</numerusform>
            <numerusform>der Linienzug hat %n Punkte; ein Linienzug braucht mindestens 2</numerusform>
        </translation>
    </message>
    <message>
        <source>the region has no shape_attributes.name</source>
        <translation>die Region hat kein shape_attributes.name</translation>
    </message>
    <message>
        <source>the VIA shape “%1” has no Provena region shape</source>
        <translation>für die VIA-Form „%1“ gibt es keine Provena-Regionsform</translation>
    </message>
    <message>
        <source>the %1 has no valid number in %2</source>
        <translation>für %1 fehlt eine gültige Zahl in %2</translation>
    </message>
    <message>
        <source>%1 have no attribute “%2”: imported without a label.</source>
        <translation>%1 haben kein Attribut „%2“: ohne Kategorie importiert.</translation>
    </message>
    <message>
        <source>%1 have several region attributes and none is called label, name, type or class: imported without a label. Name the attribute that holds the label.</source>
        <translation>%1 haben mehrere Regionsattribute und keines heißt label, name, type oder class: ohne Kategorie importiert. Benennen Sie das Attribut, das die Kategorie enthält.</translation>
    </message>
    <message>
        <source>“%1” has EXIF orientation %2 and a VIA file records no image size to tell on which grid it was drawn: the coordinates are taken on the image as displayed, as browsers show it.</source>
        <translation>„%1“ hat die EXIF-Ausrichtung %2, und eine VIA-Datei speichert keine Bildgröße, aus der hervorgeht, auf welchem Raster gezeichnet wurde: Die Koordinaten werden auf das Bild in der angezeigten Ausrichtung bezogen, wie Browser es zeigen.</translation>
    </message>
</context>
<context>
    <name>XmpCommand</name>
    <message>
        <source>image %1: skipped</source>
        <translation>Bild %1: übersprungen</translation>
    </message>
    <message>
        <source>image %1: %2: failed: %3</source>
        <translation>Bild %1: %2: fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>would be created</source>
        <translation>würde angelegt werden</translation>
    </message>
    <message>
        <source>would be written</source>
        <translation>würde geschrieben werden</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <source>image %1: %2: %3</source>
        <translation>Bild %1: %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n Region</numerusform>
            <numerusform>%n Regionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n as MWG person region(s)</source>
        <translation>
            <numerusform>%n als MWG-Personenregion</numerusform>
            <numerusform>%n als MWG-Personenregionen</numerusform>
        </translation>
    </message>
    <message>
        <source>kept from other tools: %1 properties, %2 regions</source>
        <translation>von anderen Werkzeugen beibehalten: %1 Eigenschaften, %2 Regionen</translation>
    </message>
    <message>
        <source>not written: %1</source>
        <translation>nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Write an XMP sidecar (IMAGE.EXT.xmp) beside each local image of the article: the image&apos;s accepted provenance (creator, credit line, source, copyright or usage terms, digital source type, date created), its caption, the persons shown, and every region as an IPTC image region (people also as MWG regions), so digiKam, Lightroom and exiftool see them. Fields other tools wrote are kept. One article per run; see docs/cli.md for many articles with GNU parallel.</source>
        <translation>Eine XMP-Sidecar-Datei (IMAGE.EXT.xmp) neben jedes lokale Bild des Artikels schreiben: die angenommene Herkunft des Bildes (Urheber, Bildnachweis, Quelle, Copyright oder Nutzungsbedingungen, digitaler Quelltyp, Erstellungsdatum), seine Bildunterschrift, die abgebildeten Personen und jede Region als IPTC-Bildregion (Personen zusätzlich als MWG-Regionen), sodass digiKam, Lightroom und exiftool sie sehen. Felder, die andere Werkzeuge geschrieben haben, bleiben erhalten. Ein Artikel pro Aufruf; für viele Artikel mit GNU parallel siehe docs/cli.md.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Only image N (from 1, in article order).</source>
        <translation>Nur Bild N (ab 1, in Artikelreihenfolge).</translation>
    </message>
    <message>
        <source>keep-extension (photo.jpg.xmp, digiKam and darktable) or replace-extension (photo.xmp, Lightroom). Default: the setting xmp/sidecarNaming, else keep-extension.</source>
        <translation>keep-extension (photo.jpg.xmp, digiKam und darktable) oder replace-extension (photo.xmp, Lightroom). Standard: die Einstellung xmp/sidecarNaming, sonst keep-extension.</translation>
    </message>
    <message>
        <source>Say what would be written; write nothing.</source>
        <translation>Angeben, was geschrieben würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-xmp/1, see docs/cli.md).</source>
        <translation>JSON ausgeben (Schema provena-xmp/1, siehe docs/cli.md).</translation>
    </message>
    <message>
        <source>The article file (Markdown, HTML or text).</source>
        <translation>Die Artikeldatei (Markdown, HTML oder Text).</translation>
    </message>
    <message>
        <source>--naming must be keep-extension or replace-extension, not “%1”</source>
        <translation>--naming muss keep-extension oder replace-extension sein, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>image %1 does not exist: the article has %n image(s)</source>
        <translation>
            <numerusform>Bild %1 existiert nicht: Der Artikel hat %n Bild</numerusform>
            <numerusform>Bild %1 existiert nicht: Der Artikel hat %n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>The article has no images.</source>
        <translation>Der Artikel hat keine Bilder.</translation>
    </message>
    <message>
        <source>image %1: </source>
        <translation>Bild %1: </translation>
    </message>
</context>
<context>
    <name>XmpExport</name>
    <message>
        <source>The date created “%1” is a range, which photoshop:DateCreated cannot hold; it was not written.</source>
        <translation>Das Erstellungsdatum „%1“ ist ein Bereich, den photoshop:DateCreated nicht aufnehmen kann; es wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>image %1: “%2” lies outside the article&apos;s folder; Provena writes XMP sidecars only inside it.</source>
        <translation>Bild %1: „%2“ liegt außerhalb des Artikelordners; Provena schreibt XMP-Sidecar-Dateien nur innerhalb dieses Ordners.</translation>
    </message>
    <message>
        <source>image %1: “%2” is not fetched yet, so there is no file to write a sidecar beside. Fetch it first.</source>
        <translation>Bild %1: „%2“ wurde noch nicht abgerufen, es gibt also keine Datei, neben die eine Sidecar-Datei geschrieben werden könnte. Rufen Sie es zuerst ab.</translation>
    </message>
    <message>
        <source>image %1: %2</source>
        <translation>Bild %1: %2</translation>
    </message>
    <message>
        <source>image %1: “%2” is not there; no sidecar was written for it.</source>
        <translation>Bild %1: „%2“ ist nicht vorhanden; dafür wurde keine Sidecar-Datei geschrieben.</translation>
    </message>
    <message>
        <source>The XMP sidecar</source>
        <translation>Die XMP-Sidecar-Datei</translation>
    </message>
</context>
<context>
    <name>XmpRegionReader</name>
    <message>
        <source>Could not read the regions in the XMP metadata of “%1”: the file is damaged or not an image format Provena knows.</source>
        <translation>Die Regionen in den XMP-Metadaten von „%1“ konnten nicht gelesen werden: Die Datei ist beschädigt oder kein Bildformat, das Provena kennt.</translation>
    </message>
    <message>
        <source>The image&apos;s metadata is damaged (%1); regions after the damage may be missing.</source>
        <translation>Die Metadaten des Bildes sind beschädigt (%1); Regionen nach der beschädigten Stelle fehlen möglicherweise.</translation>
    </message>
    <message>
        <source>%1 gives the orientation as %2, the image as %3: the regions are placed as the image&apos;s orientation says.</source>
        <translation>%1 gibt die Ausrichtung als %2 an, das Bild als %3: Die Regionen werden so platziert, wie die Ausrichtung des Bildes es angibt.</translation>
    </message>
    <message>
        <source>Could not read the regions in the XMP metadata of “%1”: its pixel size is unknown, so the regions cannot be placed.</source>
        <translation>Die Regionen in den XMP-Metadaten von „%1“ konnten nicht gelesen werden: Die Pixelgröße ist unbekannt, daher können die Regionen nicht platziert werden.</translation>
    </message>
    <message>
        <source>Could not read the regions in “%1”: the image&apos;s pixel size is unknown, so the regions cannot be placed.</source>
        <translation>Die Regionen in „%1“ konnten nicht gelesen werden: Die Pixelgröße des Bildes ist unbekannt, daher können die Regionen nicht platziert werden.</translation>
    </message>
    <message>
        <source>the polygon has no rbVertices</source>
        <translation>das Polygon hat keine rbVertices</translation>
    </message>
    <message>
        <source>rbVertices[%1] is missing</source>
        <translation>rbVertices[%1] fehlt</translation>
    </message>
    <message>
        <source>it has no RegionBoundary</source>
        <translation>sie hat keine RegionBoundary</translation>
    </message>
    <message>
        <source>rbUnit is missing</source>
        <translation>rbUnit fehlt</translation>
    </message>
    <message>
        <source>its unit “%1” is neither pixel nor relative</source>
        <translation>ihre Einheit „%1“ ist weder pixel noch relative</translation>
    </message>
    <message>
        <source>its width or height is negative</source>
        <translation>ihre Breite oder Höhe ist negativ</translation>
    </message>
    <message>
        <source>its radius is negative</source>
        <translation>ihr Radius ist negativ</translation>
    </message>
    <message>
        <source>rbShape is missing</source>
        <translation>rbShape fehlt</translation>
    </message>
    <message>
        <source>its shape “%1” is not a rectangle, circle or polygon</source>
        <translation>ihre Form „%1“ ist weder Rechteck noch Kreis noch Polygon</translation>
    </message>
    <message>
        <source>%1 was not imported: %2.</source>
        <translation>%1 wurde nicht importiert: %2.</translation>
    </message>
    <message>
        <source>%1[%2] in %3</source>
        <translation>%1[%2] in %3</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 is not a number (“%2”)</source>
        <translation>%1 ist keine Zahl („%2“)</translation>
    </message>
    <message>
        <source>%1 is not a finite number (“%2”)</source>
        <translation>%1 ist keine endliche Zahl („%2“)</translation>
    </message>
    <message>
        <source>it has no Area</source>
        <translation>sie hat keine Area</translation>
    </message>
    <message>
        <source>its unit “%1” is not normalized</source>
        <translation>ihre Einheit „%1“ ist nicht normalized</translation>
    </message>
    <message>
        <source>its diameter is negative</source>
        <translation>ihr Durchmesser ist negativ</translation>
    </message>
    <message>
        <source>The MWG regions in %1 were tagged on a %2 × %3 image; this image is %4 × %5 pixels as stored. They are placed at the same relative positions: check them on the image.</source>
        <translation>Die MWG-Regionen in %1 wurden auf einem Bild mit %2 × %3 markiert; dieses Bild ist gespeichert %4 × %5 Pixel groß. Sie werden an denselben relativen Positionen platziert: Prüfen Sie sie auf dem Bild.</translation>
    </message>
    <message>
        <source>it is turned by %1 (Rotation), and Provena&apos;s rectangles cannot turn</source>
        <translation>sie ist um %1 gedreht (Rotation), und die Rechtecke von Provena können nicht gedreht werden</translation>
    </message>
</context>
<context>
    <name>XmpSidecarWriter</name>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>Region %1 is a polyline: IPTC regions are closed shapes, so it is not written to the XMP sidecar. Provena&apos;s own sidecar keeps it.</source>
        <translation>Region %1 ist ein Linienzug: IPTC-Regionen sind geschlossene Formen, daher wird sie nicht in die XMP-Sidecar-Datei geschrieben. Die eigene Sidecar-Datei von Provena behält sie.</translation>
    </message>
    <message>
        <source>Region %1 has no valid outline, so it is not written to the XMP sidecar. Redraw it in Provena.</source>
        <translation>Region %1 hat keinen gültigen Umriss und wird daher nicht in die XMP-Sidecar-Datei geschrieben. Zeichnen Sie sie in Provena neu.</translation>
    </message>
    <message numerus="yes">
        <source>The MWG regions in the sidecar apply to an image of %1×%2 pixels, but the image is stored at %3×%4: Provena kept them and did not add its %n person region(s) as MWG regions (they are written as IPTC regions). Remove the MWG regions in the tool that wrote them if they are out of date.</source>
        <translation>
            <numerusform>Die MWG-Regionen in der Sidecar-Datei gelten für ein Bild mit %1×%2 Pixeln, das Bild ist aber mit %3×%4 gespeichert: Provena hat sie beibehalten und seine %n Personenregion nicht als MWG-Region hinzugefügt (sie wird als IPTC-Region geschrieben). Entfernen Sie die MWG-Regionen in dem Werkzeug, das sie geschrieben hat, falls sie veraltet sind.</numerusform>
            <numerusform>Die MWG-Regionen in der Sidecar-Datei gelten für ein Bild mit %1×%2 Pixeln, das Bild ist aber mit %3×%4 gespeichert: Provena hat sie beibehalten und seine %n Personenregionen nicht als MWG-Regionen hinzugefügt (sie werden als IPTC-Regionen geschrieben). Entfernen Sie die MWG-Regionen in dem Werkzeug, das sie geschrieben hat, falls sie veraltet sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>XMP packet</source>
        <translation>XMP-Paket</translation>
    </message>
    <message>
        <source>Could not write the XMP sidecar “%1”: Exiv2 could not build its XMP. Nothing was changed; please report this with the sidecar attached.</source>
        <translation>Die XMP-Sidecar-Datei „%1“ konnte nicht geschrieben werden: Exiv2 konnte ihr XMP nicht erzeugen. Es wurde nichts geändert; bitte melden Sie dies und hängen Sie die Sidecar-Datei an.</translation>
    </message>
    <message>
        <source>“%1” is not valid XMP, so Provena left it as it is and wrote nothing. Repair the sidecar in the tool that wrote it, or move it away, then write again.</source>
        <translation>„%1“ ist kein gültiges XMP, daher hat Provena die Datei unverändert gelassen und nichts geschrieben. Reparieren Sie die Sidecar-Datei in dem Werkzeug, das sie geschrieben hat, oder verschieben Sie sie und schreiben Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 was changed by another tool since Provena wrote it (it is now “%2”), so Provena kept that and did not write its own value “%3”. Remove %1 from the sidecar if Provena&apos;s value should be written.</source>
        <translation>%1 wurde seit dem Schreiben durch Provena von einem anderen Werkzeug geändert (jetzt „%2“), daher hat Provena diesen Wert beibehalten und seinen eigenen Wert „%3“ nicht geschrieben. Entfernen Sie %1 aus der Sidecar-Datei, wenn der Wert von Provena geschrieben werden soll.</translation>
    </message>
    <message>
        <source>%1 in the sidecar was written by another tool (“%2”), so Provena kept it and did not write its own value “%3”. Remove %1 from the sidecar if Provena&apos;s value should be written.</source>
        <translation>%1 in der Sidecar-Datei wurde von einem anderen Werkzeug geschrieben („%2“), daher hat Provena es beibehalten und seinen eigenen Wert „%3“ nicht geschrieben. Entfernen Sie %1 aus der Sidecar-Datei, wenn der Wert von Provena geschrieben werden soll.</translation>
    </message>
    <message>
        <source>Provena cannot place the regions in the XMP sidecar “%1”: the image&apos;s size is not known. Make sure the image opens in Provena, then write again.</source>
        <translation>Provena kann die Regionen in der XMP-Sidecar-Datei „%1“ nicht platzieren: Die Größe des Bildes ist unbekannt. Stellen Sie sicher, dass sich das Bild in Provena öffnen lässt, und schreiben Sie dann erneut.</translation>
    </message>
    <message>
        <source>The XMP sidecar “%1” is a symbolic link to “%2”: Provena does not write through links, because that would change “%2” instead. Replace the link with a copy of the file, or remove it, then write again.</source>
        <translation>Die XMP-Sidecar-Datei „%1“ ist ein symbolischer Link auf „%2“: Provena schreibt nicht über Links, da dadurch stattdessen „%2“ geändert würde. Ersetzen Sie den Link durch eine Kopie der Datei oder entfernen Sie ihn und schreiben Sie dann erneut.</translation>
    </message>
    <message>
        <source>The XMP sidecar</source>
        <translation>Die XMP-Sidecar-Datei</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>Could not set the compression for “%1” in “%2”.</source>
        <translation>Die Komprimierung für „%1“ in „%2“ konnte nicht festgelegt werden.</translation>
    </message>
    <message>
        <source>Could not add “%1” to “%2”.</source>
        <translation>„%1“ konnte nicht zu „%2“ hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Could not write “%1” into “%2”. Check the free disk space.</source>
        <translation>„%1“ konnte nicht in „%2“ geschrieben werden. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Could not finish “%1” in “%2”.</source>
        <translation>„%1“ in „%2“ konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Could not write “%1”: it is a symbolic link (to “%2”), and Provena never writes through links. Choose another file name.</source>
        <translation>„%1“ konnte nicht geschrieben werden: Es ist ein symbolischer Link (auf „%2“), und Provena schreibt nie über Links. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Could not write “%1”: it is %2, not a file. Choose another file name.</source>
        <translation>„%1“ konnte nicht geschrieben werden: Es ist %2, keine Datei. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Could not create “%1”. Check that the folder exists and is writable.</source>
        <translation>„%1“ konnte nicht angelegt werden. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Could not start the zip “%1”.</source>
        <translation>Das ZIP-Archiv „%1“ konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The zip “%1” is not open for writing.</source>
        <translation>Das ZIP-Archiv „%1“ ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>“%1” changed while the bundle was written (%2 bytes, expected %3). Export again.</source>
        <translation>„%1“ hat sich geändert, während das Paket geschrieben wurde (%2 Bytes, erwartet %3). Exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>Writing “%1” was cancelled.</source>
        <translation>Das Schreiben von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” grew while the bundle was written. Export again.</source>
        <translation>„%1“ ist gewachsen, während das Paket geschrieben wurde. Exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>“%1” shrank while the bundle was written (%2 of %3 bytes). Export again.</source>
        <translation>„%1“ ist geschrumpft, während das Paket geschrieben wurde (%2 von %3 Bytes). Exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>The zip “%1” was not written: an earlier step failed.</source>
        <translation>Das ZIP-Archiv „%1“ wurde nicht geschrieben: Ein früherer Schritt ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not finish the zip “%1”. Check the free disk space.</source>
        <translation>Das ZIP-Archiv „%1“ konnte nicht abgeschlossen werden. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Could not save “%1”.</source>
        <translation>„%1“ konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Print what Provena understands of an article file</source>
        <translation>Ausgeben, was Provena aus einer Artikeldatei erkennt</translation>
    </message>
    <message>
        <source>Add, list or remove image regions (region --help)</source>
        <translation>Bildregionen hinzufügen, auflisten oder entfernen (region --help)</translation>
    </message>
    <message>
        <source>Link a region to a span of the article text</source>
        <translation>Eine Region mit einer Textstelle des Artikels verknüpfen</translation>
    </message>
    <message>
        <source>Check a sidecar against its article and images (no writes)</source>
        <translation>Eine Sidecar-Datei anhand ihres Artikels und ihrer Bilder prüfen (schreibt nichts)</translation>
    </message>
    <message>
        <source>List region labels; add or remove your own</source>
        <translation>Regionskategorien auflisten; eigene hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>Usage: provena-cli COMMAND [OPTIONS] ARGS...
       provena-cli COMMAND --help

Commands:
</source>
        <translation>Aufruf: provena-cli COMMAND [OPTIONS] ARGS...
        provena-cli COMMAND --help

Befehle:
</translation>
    </message>
    <message>
        <source>provena-cli: unknown command &apos;%1&apos;

</source>
        <translation>provena-cli: unbekannter Befehl „%1“

</translation>
    </message>
    <message>
        <source>Print an image&apos;s provenance metadata, flags and warnings</source>
        <translation>Herkunftsmetadaten, Hinweise und Warnungen eines Bildes ausgeben</translation>
    </message>
    <message>
        <source>List the agencies suggestions resolve; add or remove your own</source>
        <translation>Die Agenturen auflisten, die Vorschläge auflösen; eigene hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>Show or change where each image comes from: claims, suggestions, verdict</source>
        <translation>Anzeigen oder ändern, woher jedes Bild stammt: Angaben, Vorschläge, Prüfurteil</translation>
    </message>
    <message>
        <source>Import regions from labelme, COCO, VIA or XMP; and all `region` does</source>
        <translation>Regionen aus labelme, COCO, VIA oder XMP importieren; dazu alles, was `region` kann</translation>
    </message>
    <message>
        <source>Fetch images named by http(s) URL into STEM_files/, with a custody record</source>
        <translation>Per http(s)-URL angegebene Bilder nach STEM_files/ abrufen, mit Weitergabe-Eintrag</translation>
    </message>
    <message>
        <source>Write XMP sidecars beside the article&apos;s images (digiKam, exiftool)</source>
        <translation>XMP-Sidecar-Dateien neben die Bilder des Artikels schreiben (digiKam, exiftool)</translation>
    </message>
    <message>
        <source>Export articles with their annotations as a BagIt zip (report, renderings)</source>
        <translation>Artikel mit ihren Annotationen als BagIt-ZIP exportieren (Bericht, Darstellungen)</translation>
    </message>
    <message>
        <source>Check a bundle: checksums and every sidecar (no writes)</source>
        <translation>Ein Paket prüfen: Prüfsummen und jede Sidecar-Datei (schreibt nichts)</translation>
    </message>
    <message>
        <source>Extract a bundle safely into a folder and verify it</source>
        <translation>Ein Paket sicher in einen Ordner entpacken und prüfen</translation>
    </message>
    <message>
        <source>Suggest faces on an article&apos;s images; --accept adds them as person regions</source>
        <translation>Gesichter in den Bildern eines Artikels vorschlagen; --accept fügt sie als Personenregionen hinzu</translation>
    </message>
    <message>
        <source>Forensic view of an image: ELA, noise, gradient or copy-move clones</source>
        <translation>Forensische Ansicht eines Bildes: ELA, Rauschen, Gradient oder Copy-Move-Klone</translation>
    </message>
    <message>
        <source>A JPEG&apos;s quantisation tables, estimated quality, standard IJG or not</source>
        <translation>Quantisierungstabellen eines JPEG, geschätzte Qualität, Standard-IJG oder nicht</translation>
    </message>
    <message>
        <source>Compare two images: hashes, alignment, crop rectangle and scale of B in A</source>
        <translation>Zwei Bilder vergleichen: Hashes, Ausrichtung, Ausschnittsrechteck und Maßstab von B in A</translation>
    </message>
    <message>
        <source>Find other versions of a photo (crops, re-encodes, mirrored) under a folder</source>
        <translation>Andere Versionen eines Fotos (Ausschnitte, neu kodierte, gespiegelte) in einem Ordner suchen</translation>
    </message>
    <message>
        <source>Three-way merge of two sidecars by annotation and field (git merge driver)</source>
        <translation>Drei-Wege-Zusammenführung zweier Sidecar-Dateien nach Annotation und Feld (git-Merge-Treiber)</translation>
    </message>
    <message>
        <source>Install provena-cli merge as the git merge driver of sidecars in a repo</source>
        <translation>provena-cli merge als git-Merge-Treiber für Sidecar-Dateien in einem Repository installieren</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 problems found, 2 input error, 64 usage error.
Options: --help, --version, --lang CODE (before the command)
</source>
        <translation>
Exit-Codes: 0 Erfolg, 1 Probleme gefunden, 2 Eingabefehler, 64 Aufruffehler.
Optionen: --help, --version, --lang CODE (vor dem Befehl)
</translation>
    </message>
    <message>
        <source>provena-cli: unknown language “%1” for --lang; use one of: %2
</source>
        <translation>provena-cli: unbekannte Sprache „%1“ für --lang; zulässig sind: %2
</translation>
    </message>
    <message>
        <source>Resolve merge conflicts of claims, images, labels (conflicts --help)</source>
        <translation>Zusammenführungskonflikte von Herkunftsangaben, Bildern, Kategorien lösen (conflicts --help)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Annotate news photos and their provenance.</source>
        <translation>Nachrichtenfotos und ihre Herkunft annotieren.</translation>
    </message>
    <message>
        <source>provena: unknown language “%1” (known: %2); using the default.</source>
        <translation>provena: unbekannte Sprache „%1“ (bekannt: %2); die Standardsprache wird verwendet.</translation>
    </message>
    <message>
        <source>Language of the program: %1 (default: Preferences, else the system&apos;s).</source>
        <translation>Sprache des Programms: %1 (Standard: Einstellungen, sonst die des Systems).</translation>
    </message>
    <message>
        <source>Article to open (.txt, .md), or its sidecar (.provena.jsonld).</source>
        <translation>Zu öffnender Artikel (.txt, .md) oder seine Sidecar-Datei (.provena.jsonld).</translation>
    </message>
</context>
<context>
    <name>provena::AboutDialog</name>
    <message>
        <source>About Provena</source>
        <translation>Über Provena</translation>
    </message>
    <message>
        <source>&lt;b&gt;Provena&lt;/b&gt; %1&lt;br&gt;Annotate news photos and their provenance.</source>
        <translation>&lt;b&gt;Provena&lt;/b&gt; %1&lt;br&gt;Nachrichtenfotos und ihre Herkunft annotieren.</translation>
    </message>
    <message>
        <source>Libraries in use:&lt;br&gt;%1</source>
        <translation>Verwendete Bibliotheken:&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>provena::ActionManager</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>provena::AgencyEditDialog</name>
    <message>
        <source>Add Agency</source>
        <translation>Agentur hinzufügen</translation>
    </message>
    <message>
        <source>Agency ID</source>
        <translation>Agentur-ID</translation>
    </message>
    <message>
        <source>e.g. yonhap</source>
        <translation>z. B. yonhap</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Name der Agentur</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Abkürzung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>ISO code, e.g. KR</source>
        <translation>ISO-Code, z. B. KR</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Abbreviation:</source>
        <translation>&amp;Abkürzung:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>The ID must be 1–64 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Die ID muss aus 1–64 Kleinbuchstaben, Ziffern, „-“ oder „_“ bestehen.</translation>
    </message>
    <message>
        <source>You already have an agency “%1”; remove it first.</source>
        <translation>Sie haben bereits eine Agentur „%1“; entfernen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
</context>
<context>
    <name>provena::ArticleTextView</name>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>The article, read-only. Linked passages are highlighted.</source>
        <translation>Der Artikel, schreibgeschützt. Verknüpfte Passagen sind hervorgehoben.</translation>
    </message>
    <message>
        <source>Open an article with File › Open (Ctrl+O) or drop a file here.</source>
        <translation>Öffnen Sie einen Artikel mit Datei › Öffnen (Strg+O) oder legen Sie hier eine Datei ab.</translation>
    </message>
    <message numerus="yes">
        <source>Linked to %n region(s)</source>
        <translation>
            <numerusform>Mit %n Region verknüpft</numerusform>
            <numerusform>Mit %n Regionen verknüpft</numerusform>
        </translation>
    </message>
    <message>
        <source>Image %1 is not on disk
%2</source>
        <translation>Bild %1 ist nicht auf der Festplatte
%2</translation>
    </message>
    <message>
        <source>Loading image %1…</source>
        <translation>Bild %1 wird geladen…</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Bild %1: %2</translation>
    </message>
    <message>
        <source>Image %1 cannot be read
%2</source>
        <translation>Bild %1 kann nicht gelesen werden
%2</translation>
    </message>
    <message>
        <source>Image %1 is outside the article&apos;s folder
%2</source>
        <translation>Bild %1 liegt außerhalb des Artikelordners
%2</translation>
    </message>
</context>
<context>
    <name>provena::AssistActionHandler</name>
    <message>
        <source>Suggest &amp;Faces</source>
        <translation>&amp;Gesichter vorschlagen</translation>
    </message>
    <message>
        <source>Look for faces in this image and show them as dashed suggestions.</source>
        <translation>Gesichter in diesem Bild suchen und als gestrichelte Vorschläge anzeigen.</translation>
    </message>
    <message>
        <source>&amp;Accept All Suggestions</source>
        <translation>&amp;Alle Vorschläge annehmen</translation>
    </message>
    <message>
        <source>Every suggestion becomes a person region (one undo step).</source>
        <translation>Jeder Vorschlag wird zu einer Personenregion (ein Rückgängig-Schritt).</translation>
    </message>
    <message>
        <source>&amp;Reject All Suggestions</source>
        <translation>Alle Vorschläge a&amp;blehnen</translation>
    </message>
    <message>
        <source>Accept Suggestion</source>
        <translation>Vorschlag annehmen</translation>
    </message>
    <message>
        <source>Reject Suggestion</source>
        <translation>Vorschlag ablehnen</translation>
    </message>
    <message>
        <source>&amp;Snap to Outline</source>
        <translation>An &amp;Umriss anpassen</translation>
    </message>
    <message>
        <source>Turn the selected rectangle into a polygon around the object in it.</source>
        <translation>Das ausgewählte Rechteck in ein Polygon um das darin enthaltene Objekt umwandeln.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>There is no image file shown to look for faces in.</source>
        <translation>Es wird keine Bilddatei angezeigt, in der nach Gesichtern gesucht werden kann.</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>Gesichter</translation>
    </message>
    <message>
        <source>Face detection in “%1” cancelled.</source>
        <translation>Gesichtserkennung in „%1“ abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) suggested in “%1”.</source>
        <translation>
            <numerusform>%n Gesicht in „%1“ vorgeschlagen.</numerusform>
            <numerusform>%n Gesichter in „%1“ vorgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already annotated.</source>
        <translation>
            <numerusform>%n bereits annotiert.</numerusform>
            <numerusform>%n bereits annotiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Right-click one to accept or reject it, or use the Image menu.</source>
        <translation>Klicken Sie mit der rechten Maustaste auf einen Vorschlag, um ihn anzunehmen oder abzulehnen, oder verwenden Sie das Menü „Bild“.</translation>
    </message>
    <message>
        <source>Select one rectangle region to snap to its object&apos;s outline.</source>
        <translation>Wählen Sie eine Rechteckregion aus, um sie an den Umriss ihres Objekts anzupassen.</translation>
    </message>
    <message>
        <source>There is no image file to snap the region to.</source>
        <translation>Es gibt keine Bilddatei, an der die Region angepasst werden kann.</translation>
    </message>
    <message>
        <source>Snap</source>
        <translation>Anpassen</translation>
    </message>
    <message numerus="yes">
        <source>Snapped to an outline of %n point(s).</source>
        <translation>
            <numerusform>An einen Umriss mit %n Punkt angepasst.</numerusform>
            <numerusform>An einen Umriss mit %n Punkten angepasst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>provena::BoxTool</name>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Drag to the opposite corner; Shift: square; Alt: from centre</source>
        <translation>Zur gegenüberliegenden Ecke ziehen; Umschalt: Quadrat; Alt: von der Mitte aus</translation>
    </message>
</context>
<context>
    <name>provena::BundleActionHandler</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details)</source>
        <translation>
            <numerusform>… und %n weiterer Eintrag (siehe Details)</numerusform>
            <numerusform>… und %n weitere Einträge (siehe Details)</numerusform>
        </translation>
    </message>
    <message>
        <source>Extract “%1” Into (its folder is made there)</source>
        <translation>„%1“ entpacken nach (dort wird sein Ordner angelegt)</translation>
    </message>
    <message>
        <source>Open Article from Bundle</source>
        <translation>Artikel aus Paket öffnen</translation>
    </message>
    <message numerus="yes">
        <source>The bundle holds %n article(s). Open:</source>
        <translation>
            <numerusform>Das Paket enthält %n Artikel. Öffnen:</numerusform>
            <numerusform>Das Paket enthält %n Artikel. Öffnen:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>Paket &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write articles with their images, annotations, renderings and report into one BagIt zip for editors, lawyers or archives.</source>
        <translation>Artikel mit ihren Bildern, Annotationen, Darstellungen und Bericht in ein BagIt-ZIP für Redaktionen, Juristen oder Archive schreiben.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>„%1“ hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>A bundle holds the saved files. Save the changes and export?</source>
        <translation>Ein Paket enthält die gespeicherten Dateien. Änderungen speichern und exportieren?</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>Paket exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n article(s)…</source>
        <translation>
            <numerusform>%n Artikel wird vorbereitet…</numerusform>
            <numerusform>%n Artikel werden vorbereitet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Preparing article %1 of %2</source>
        <translation>Artikel %1 von %2 wird vorbereitet</translation>
    </message>
    <message numerus="yes">
        <source>Writing the zip of %n article(s): %1 of %2</source>
        <translation>
            <numerusform>ZIP-Archiv mit %n Artikel wird geschrieben: %1 von %2</numerusform>
            <numerusform>ZIP-Archiv mit %n Artikeln wird geschrieben: %1 von %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>Export wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Export cancelled: no bundle was written.</source>
        <translation>Export abgebrochen: Es wurde kein Paket geschrieben.</translation>
    </message>
    <message>
        <source>Could Not Export Bundle</source>
        <translation>Paket konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>The bundle “%1” was not written.</source>
        <translation>Das Paket „%1“ wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Show Report</source>
        <translation>Bericht anzeigen</translation>
    </message>
    <message>
        <source>Extracts the bundle into a temporary folder and opens the first article&apos;s report in the browser.</source>
        <translation>Entpackt das Paket in einen temporären Ordner und öffnet den Bericht des ersten Artikels im Browser.</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1 (%2)</source>
        <translation>
            <numerusform>%n Artikel nach %1 exportiert (%2)</numerusform>
            <numerusform>%n Artikel nach %1 exportiert (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n warning(s): %1</source>
        <translation>
            <numerusform>; %n Warnung: %1</numerusform>
            <numerusform>; %n Warnungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Show Report</source>
        <translation>Bericht konnte nicht angezeigt werden</translation>
    </message>
    <message>
        <source>The bundle “%1” is not there any more.</source>
        <translation>Das Paket „%1“ ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Provena could not make a temporary folder to extract the report into.</source>
        <translation>Provena konnte keinen temporären Ordner zum Entpacken des Berichts anlegen.</translation>
    </message>
    <message>
        <source>Extracting “%1” to show its report…</source>
        <translation>„%1“ wird entpackt, um den Bericht anzuzeigen…</translation>
    </message>
    <message>
        <source>Show Report cancelled.</source>
        <translation>Bericht anzeigen abgebrochen.</translation>
    </message>
    <message>
        <source>The bundle “%1” has no report at “%2”.</source>
        <translation>Das Paket „%1“ enthält keinen Bericht unter „%2“.</translation>
    </message>
    <message>
        <source>No application opened %1.</source>
        <translation>Keine Anwendung hat %1 geöffnet.</translation>
    </message>
    <message>
        <source>Wait for the bundle being worked on, or cancel it.</source>
        <translation>Warten Sie, bis das Paket fertig bearbeitet ist, oder brechen Sie den Vorgang ab.</translation>
    </message>
    <message>
        <source>Could Not Open Bundle</source>
        <translation>Paket konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>“%1” is not a file in “%2”.</source>
        <translation>„%1“ ist keine Datei in „%2“.</translation>
    </message>
    <message>
        <source>Open Bundle</source>
        <translation>Paket öffnen</translation>
    </message>
    <message>
        <source>Extracting and checking “%1” into %2…</source>
        <translation>„%1“ wird nach %2 entpackt und geprüft…</translation>
    </message>
    <message>
        <source>Opening the bundle was cancelled: nothing was extracted.</source>
        <translation>Das Öffnen des Pakets wurde abgebrochen: Es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>Bundle Problems</source>
        <translation>Probleme mit dem Paket</translation>
    </message>
    <message numerus="yes">
        <source>“%1” opened with %n problem(s):</source>
        <translation>
            <numerusform>„%1“ mit %n Problem geöffnet:</numerusform>
            <numerusform>„%1“ mit %n Problemen geöffnet:</numerusform>
        </translation>
    </message>
    <message>
        <source>No Article in Bundle</source>
        <translation>Kein Artikel im Paket</translation>
    </message>
    <message>
        <source>The bundle holds no article with Provena annotations.</source>
        <translation>Das Paket enthält keinen Artikel mit Provena-Annotationen.</translation>
    </message>
    <message>
        <source>Its files are in %1.</source>
        <translation>Seine Dateien liegen in %1.</translation>
    </message>
    <message>
        <source>The bundle is in %1.</source>
        <translation>Das Paket liegt in %1.</translation>
    </message>
    <message>
        <source>Opened %1 from the bundle in %2.</source>
        <translation>%1 aus dem Paket in %2 geöffnet.</translation>
    </message>
</context>
<context>
    <name>provena::CanvasPane</name>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Loading image</source>
        <translation>Bild wird geladen</translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation>„%1“ wird geladen…</translation>
    </message>
    <message>
        <source>Image %1: loading…</source>
        <translation>Bild %1: wird geladen…</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2 Attach another copy of the image.</source>
        <translation>„%1“ konnte nicht gelesen werden: %2 Ordnen Sie eine andere Kopie des Bildes zu.</translation>
    </message>
    <message>
        <source>Image %1: not available</source>
        <translation>Bild %1: nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>%1 × %2 px (loading full resolution…)</source>
        <translation>%1 × %2 px (volle Auflösung wird geladen…)</translation>
    </message>
</context>
<context>
    <name>provena::ChangeBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep Current</source>
        <translation>Aktuelle &amp;behalten</translation>
    </message>
    <message>
        <source>Files changed on disk</source>
        <translation>Dateien auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>Reload the article from disk</source>
        <translation>Den Artikel von der Festplatte neu laden</translation>
    </message>
    <message>
        <source>Keep the version in Provena</source>
        <translation>Die Version in Provena behalten</translation>
    </message>
    <message>
        <source>Changed on disk: %1. Reload to see the new version; your unsaved changes are kept unless you choose to discard them.</source>
        <translation>Auf der Festplatte geändert: %1. Laden Sie neu, um die neue Version zu sehen; Ihre ungespeicherten Änderungen bleiben erhalten, sofern Sie sie nicht verwerfen.</translation>
    </message>
    <message>
        <source>Changed on disk: %1. Reload to see the new version.</source>
        <translation>Auf der Festplatte geändert: %1. Laden Sie neu, um die neue Version zu sehen.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save your version under another name</source>
        <translation>Ihre Version unter einem anderen Namen speichern</translation>
    </message>
    <message>
        <source>Not saved: %1 was changed on disk by another program since you opened it, and Provena did not overwrite it. Reload to load that version (your unsaved changes are discarded), or Save As… to keep your version under another name.</source>
        <translation>Nicht gespeichert: %1 wurde seit dem Öffnen von einem anderen Programm auf der Festplatte geändert, und Provena hat die Datei nicht überschrieben. Laden Sie neu, um diese Version zu laden (Ihre ungespeicherten Änderungen werden verworfen), oder wählen Sie „Speichern unter…“, um Ihre Version unter einem anderen Namen zu behalten.</translation>
    </message>
</context>
<context>
    <name>provena::CollectionConflictsDock</name>
    <message>
        <source>Merge Conflicts</source>
        <translation>Zusammenführungskonflikte</translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation>Zusammenführungskonflikte</translation>
    </message>
    <message>
        <source>No merge conflicts outside the regions.</source>
        <translation>Keine Zusammenführungskonflikte außerhalb der Bereiche.</translation>
    </message>
    <message numerus="yes">
        <source>The article needs review: %n change(s) merged from another copy conflict with yours. Your value is kept until you choose.</source>
        <translation>
            <numerusform>Der Artikel braucht eine Prüfung: %n aus einer anderen Kopie übernommene Änderung steht im Konflikt mit Ihrer. Ihr Wert bleibt, bis Sie wählen.</numerusform>
            <numerusform>Der Artikel braucht eine Prüfung: %n aus einer anderen Kopie übernommene Änderungen stehen im Konflikt mit Ihren. Ihr Wert bleibt, bis Sie wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>provena::CompareVersionsDialog</name>
    <message>
        <source>Compare with Another Version — %1</source>
        <translation>Mit anderer Version vergleichen — %1</translation>
    </message>
    <message>
        <source>Choose another version of %1 to compare.</source>
        <translation>Wählen Sie eine andere Version von %1 zum Vergleichen.</translation>
    </message>
    <message>
        <source>&amp;Overlay</source>
        <translation>Ü&amp;berlagern</translation>
    </message>
    <message>
        <source>&amp;Swipe</source>
        <translation>&amp;Wischen</translation>
    </message>
    <message>
        <source>&amp;Difference</source>
        <translation>&amp;Differenz</translation>
    </message>
    <message>
        <source>Opacity of the other version (overlay) or the divider (swipe)</source>
        <translation>Deckkraft der anderen Version (Überlagern) oder des Trennbalkens (Wischen)</translation>
    </message>
    <message>
        <source>&amp;Choose Other Version…</source>
        <translation>Andere Version &amp;wählen…</translation>
    </message>
    <message>
        <source>Copy &amp;Regions to This Version</source>
        <translation>&amp;Regionen in diese Version kopieren</translation>
    </message>
    <message>
        <source>Record as &amp;Derived From</source>
        <translation>Als „&amp;Abgeleitet von“ erfassen</translation>
    </message>
    <message>
        <source>Record in this image&apos;s provenance that it was made from the other version, with the match as evidence</source>
        <translation>In der Herkunft dieses Bildes erfassen, dass es aus der anderen Version erstellt wurde, mit der Übereinstimmung als Beleg</translation>
    </message>
    <message>
        <source>Another Version of %1</source>
        <translation>Andere Version von %1</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Matching %1 with %2…</source>
        <translation>%1 wird mit %2 abgeglichen…</translation>
    </message>
    <message>
        <source>%1 is not an image of this article.</source>
        <translation>%1 ist kein Bild dieses Artikels.</translation>
    </message>
    <message>
        <source>%1 (%2). B lies in A at x %3, y %4, %5 × %6 pixels; scale %7; %8 matching features.
A: %9, SHA-256 %10, dHash %11
B: %12, SHA-256 %13, dHash %14 — distance %15 (mirrored %16)</source>
        <translation>%1 (%2). B liegt in A bei x %3, y %4, %5 × %6 Pixel; Maßstab %7; %8 übereinstimmende Merkmale.
A: %9, SHA-256 %10, dHash %11
B: %12, SHA-256 %13, dHash %14 — Abstand %15 (gespiegelt %16)</translation>
    </message>
    <message>
        <source>None of the regions of %1 lies inside %2.</source>
        <translation>Keine der Regionen von %1 liegt innerhalb von %2.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n region(s) to %1.</source>
        <translation>
            <numerusform>%n Region nach %1 kopiert.</numerusform>
            <numerusform>%n Regionen nach %1 kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched with Provena: %1 is %2 of this image; its rectangle in this image&apos;s pixels is x %3, y %4, %5 × %6, scale %7; %8 matching features; perceptual hash distance %9.</source>
        <translation>Mit Provena abgeglichen: %1 ist %2 dieses Bildes; sein Rechteck in den Pixeln dieses Bildes ist x %3, y %4, %5 × %6, Maßstab %7; %8 übereinstimmende Merkmale; Wahrnehmungs-Hash-Abstand %9.</translation>
    </message>
    <message>
        <source>Recorded that %1 is derived from %2.</source>
        <translation>Erfasst, dass %1 von %2 abgeleitet ist.</translation>
    </message>
</context>
<context>
    <name>provena::CreationTool</name>
    <message>
        <source>Label of the new region</source>
        <translation>Kategorie der neuen Region</translation>
    </message>
</context>
<context>
    <name>provena::DocumentSession</name>
    <message>
        <source>The existing sidecar could not be read, so Provena will not overwrite it. Keep a copy of it first (&quot;Save and keep the broken file&quot;).</source>
        <translation>Die vorhandene Sidecar-Datei konnte nicht gelesen werden, daher überschreibt Provena sie nicht. Bewahren Sie zuerst eine Kopie davon auf („Speichern und beschädigte Datei behalten“).</translation>
    </message>
    <message>
        <source>There is no image %1 in this article.</source>
        <translation>In diesem Artikel gibt es kein Bild %1.</translation>
    </message>
    <message>
        <source>Not a file.</source>
        <translation>Keine Datei.</translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation>Es ist kein Artikel geöffnet.</translation>
    </message>
</context>
<context>
    <name>provena::ExportBundleDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Render &amp;images and crops</source>
        <translation>&amp;Bilder und Ausschnitte darstellen</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>&amp;PDF-Bericht</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>Articles in the bundle</source>
        <translation>Artikel im Paket</translation>
    </message>
    <message>
        <source>Add articles to the bundle</source>
        <translation>Artikel zum Paket hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected articles from the bundle</source>
        <translation>Die ausgewählten Artikel aus dem Paket entfernen</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Paketdatei</translation>
    </message>
    <message>
        <source>/path/to/story-bundle.zip</source>
        <translation>/pfad/zu/story-paket.zip</translation>
    </message>
    <message>
        <source>Choose the bundle file</source>
        <translation>Paketdatei wählen</translation>
    </message>
    <message>
        <source>Bagging date</source>
        <translation>Paketierungsdatum</translation>
    </message>
    <message>
        <source>Written as Bagging-Date and as the time of every file in the zip: the same articles with the same date give the same zip, byte for byte.</source>
        <translation>Wird als Bagging-Date und als Zeitstempel jeder Datei im ZIP-Archiv geschrieben: Dieselben Artikel mit demselben Datum ergeben Byte für Byte dasselbe ZIP-Archiv.</translation>
    </message>
    <message>
        <source>A picture of each image with its regions and legend, and a crop of every region. Without them the report still draws the regions.</source>
        <translation>Eine Abbildung jedes Bildes mit seinen Regionen und seiner Legende sowie ein Ausschnitt jeder Region. Ohne sie zeichnet der Bericht die Regionen trotzdem.</translation>
    </message>
    <message>
        <source>The report also as a PDF, beside the HTML page.</source>
        <translation>Den Bericht zusätzlich als PDF neben der HTML-Seite.</translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation>Quellorganisation</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Name der Kontaktperson</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-Mail der Kontaktperson</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>&amp;Paket:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Source &amp;organization:</source>
        <translation>Quell&amp;organisation:</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>&amp;Name der Kontaktperson:</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>&amp;E-Mail der Kontaktperson:</translation>
    </message>
    <message>
        <source>Bag information (kept for the next bundle)</source>
        <translation>Paketinformationen (für das nächste Paket gespeichert)</translation>
    </message>
    <message>
        <source>Add Articles to the Bundle</source>
        <translation>Artikel zum Paket hinzufügen</translation>
    </message>
    <message>
        <source>Articles (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Artikel (*.md *.markdown *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Bundle As</source>
        <translation>Paket exportieren als</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>Pakete (*.zip)</translation>
    </message>
    <message>
        <source>Add at least one article.</source>
        <translation>Fügen Sie mindestens einen Artikel hinzu.</translation>
    </message>
    <message>
        <source>The article “%1” is not in “%2” any more.</source>
        <translation>Der Artikel „%1“ befindet sich nicht mehr in „%2“.</translation>
    </message>
    <message>
        <source>Enter the file to write the bundle to, or choose it with Browse….</source>
        <translation>Geben Sie die Datei ein, in die das Paket geschrieben werden soll, oder wählen Sie sie mit „Durchsuchen…“.</translation>
    </message>
    <message>
        <source>Enter the bundle&apos;s full path (for example %1), or choose it with Browse….</source>
        <translation>Geben Sie den vollständigen Pfad des Pakets ein (zum Beispiel %1) oder wählen Sie ihn mit „Durchsuchen…“.</translation>
    </message>
    <message>
        <source>The bundle&apos;s file name must end in .zip.</source>
        <translation>Der Dateiname des Pakets muss auf .zip enden.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder; enter a file name ending in .zip.</source>
        <translation>„%1“ ist ein Ordner; geben Sie einen Dateinamen ein, der auf .zip endet.</translation>
    </message>
    <message>
        <source>The bundle would replace the article “%1”.</source>
        <translation>Das Paket würde den Artikel „%1“ ersetzen.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Replace Bundle</source>
        <translation>Paket ersetzen</translation>
    </message>
    <message>
        <source>“%1” already exists in “%2”.</source>
        <translation>„%1“ existiert bereits in „%2“.</translation>
    </message>
    <message>
        <source>Replace it with the new bundle?</source>
        <translation>Durch das neue Paket ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Forensic views (error level, noise, gradient)</source>
        <translation>&amp;Forensische Ansichten (Fehlerniveau, Rauschen, Gradient)</translation>
    </message>
    <message>
        <source>Each image&apos;s error level analysis, noise residual and luminance gradient as PNG files, listed in the report. They are aids: they show evidence, they do not declare an image fake.</source>
        <translation>Fehlerniveauanalyse, Rauschresiduum und Helligkeitsgradient jedes Bildes als PNG-Dateien, im Bericht aufgeführt. Sie sind Hilfsmittel: Sie zeigen Belege, sie erklären ein Bild nicht für gefälscht.</translation>
    </message>
</context>
<context>
    <name>provena::FileActionHandler</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Articles (*.md *.markdown *.txt *.html *.htm);;All files (*)</source>
        <translation>Artikel (*.md *.markdown *.txt *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save Article As</source>
        <translation>Artikel speichern unter</translation>
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation>Von Festplatte &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;Attach Local File for Image…</source>
        <translation>Lokale Datei für Bild &amp;zuordnen…</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>Artikel s&amp;chließen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>„%1“ hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>Could Not Open Article</source>
        <translation>Artikel konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Provena found work on “%1” that was not saved, probably because Provena or the computer stopped unexpectedly.</source>
        <translation>Provena hat ungespeicherte Arbeit an „%1“ gefunden, vermutlich weil Provena oder der Computer unerwartet beendet wurde.</translation>
    </message>
    <message>
        <source>Recover it? It is loaded as unsaved changes; the saved annotations on disk stay as they are until you save.</source>
        <translation>Wiederherstellen? Sie wird als ungespeicherte Änderungen geladen; die gespeicherten Annotationen auf der Festplatte bleiben unverändert, bis Sie speichern.</translation>
    </message>
    <message>
        <source>Could Not Recover</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>Recovered unsaved work. Save to keep it.</source>
        <translation>Ungespeicherte Arbeit wiederhergestellt. Speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Saved Annotations Unreadable</source>
        <translation>Gespeicherte Annotationen nicht lesbar</translation>
    </message>
    <message>
        <source>The annotations file on disk could not be read when the article was opened, so saving would replace work Provena could not load.</source>
        <translation>Die Annotationsdatei auf der Festplatte konnte beim Öffnen des Artikels nicht gelesen werden; beim Speichern würde daher Arbeit ersetzt, die Provena nicht laden konnte.</translation>
    </message>
    <message>
        <source>Keep a copy of the unreadable file beside it and save?</source>
        <translation>Eine Kopie der nicht lesbaren Datei daneben aufbewahren und speichern?</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>The unreadable file was kept as %1.</source>
        <translation>Die nicht lesbare Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Could Not Save As</source>
        <translation>Speichern unter nicht möglich</translation>
    </message>
    <message>
        <source>Provena does not save through a symbolic link. Choose another name.</source>
        <translation>Provena speichert nicht über einen symbolischen Link. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <source>“%1” already exists in “%2”.</source>
        <translation>„%1“ existiert bereits in „%2“.</translation>
    </message>
    <message>
        <source>Replace it with this article and its annotations?</source>
        <translation>Durch diesen Artikel und seine Annotationen ersetzen?</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message numerus="yes">
        <source>, with %n image(s) copied beside it</source>
        <translation>
            <numerusform>, %n Bild daneben kopiert</numerusform>
            <numerusform>, %n Bilder daneben kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n image(s) outside the article&apos;s folder stay where they are</source>
        <translation>
            <numerusform>; %n Bild außerhalb des Artikelordners bleibt, wo es ist</numerusform>
            <numerusform>; %n Bilder außerhalb des Artikelordners bleiben, wo sie sind</numerusform>
        </translation>
    </message>
    <message>
        <source>Reload Article</source>
        <translation>Artikel neu laden</translation>
    </message>
    <message>
        <source>Reloading replaces your unsaved changes with the files on disk.</source>
        <translation>Beim Neuladen werden Ihre ungespeicherten Änderungen durch die Dateien auf der Festplatte ersetzt.</translation>
    </message>
    <message>
        <source>Reload anyway? Choose No to keep working on your version.</source>
        <translation>Trotzdem neu laden? Wählen Sie „Nein“, um an Ihrer Version weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>Could Not Reload</source>
        <translation>Neuladen nicht möglich</translation>
    </message>
    <message>
        <source>Reloaded from disk.</source>
        <translation>Von der Festplatte neu geladen.</translation>
    </message>
    <message>
        <source>Changes Since the Annotations Were Saved</source>
        <translation>Änderungen seit dem Speichern der Annotationen</translation>
    </message>
    <message>
        <source>Attach Local File for Image %1</source>
        <translation>Lokale Datei für Bild %1 zuordnen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Attach Local File</source>
        <translation>Lokale Datei zuordnen</translation>
    </message>
    <message>
        <source>Not saved: the annotations changed on disk.</source>
        <translation>Nicht gespeichert: Die Annotationen wurden auf der Festplatte geändert.</translation>
    </message>
    <message>
        <source>Write &amp;XMP Sidecars on Save</source>
        <translation>Beim Speichern &amp;XMP-Sidecar-Dateien schreiben</translation>
    </message>
    <message numerus="yes">
        <source>Saved, but %n XMP sidecar problem(s): %1</source>
        <translation>
            <numerusform>Gespeichert, aber %n Problem mit XMP-Sidecar-Dateien: %1</numerusform>
            <numerusform>Gespeichert, aber %n Probleme mit XMP-Sidecar-Dateien: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetched image %1 into %2</source>
        <translation>Bild %1 nach %2 abgerufen</translation>
    </message>
    <message>
        <source>Articles and bundles (*.md *.markdown *.txt *.html *.htm *.zip);;Articles (*.md *.markdown *.txt *.html *.htm);;Bundles (*.zip);;All files (*)</source>
        <translation>Artikel und Pakete (*.md *.markdown *.txt *.html *.htm *.zip);;Artikel (*.md *.markdown *.txt *.html *.htm);;Pakete (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Reloaded changes from disk: %n region(s) added</source>
        <translation>
            <numerusform>Änderungen von der Festplatte neu geladen: %n Region hinzugefügt</numerusform>
            <numerusform>Änderungen von der Festplatte neu geladen: %n Regionen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged changes from disk: %n region(s) added</source>
        <translation>
            <numerusform>Änderungen von der Festplatte zusammengeführt: %n Region hinzugefügt</numerusform>
            <numerusform>Änderungen von der Festplatte zusammengeführt: %n Regionen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n removed</source>
        <translation>
            <numerusform>, %n entfernt</numerusform>
            <numerusform>, %n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n conflict(s) to review (Properties for regions and text spans, Merge Conflicts for the rest)</source>
        <translation>
            <numerusform>, %n Konflikt zu prüfen („Eigenschaften“ für Regionen und Textstellen, „Zusammenführungskonflikte“ für den Rest)</numerusform>
            <numerusform>, %n Konflikte zu prüfen („Eigenschaften“ für Regionen und Textstellen, „Zusammenführungskonflikte“ für den Rest)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>provena::ForensicHistogramPlot</name>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message numerus="yes">
        <source>Red, green, blue and luminance (white) over 256 levels, %n pixel(s)</source>
        <translation>
            <numerusform>Rot, Grün, Blau und Helligkeit (weiß) über 256 Stufen, %n Pixel</numerusform>
            <numerusform>Rot, Grün, Blau und Helligkeit (weiß) über 256 Stufen, %n Pixel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>provena::ForensicsDock</name>
    <message>
        <source>Table %1 (%2-bit)</source>
        <translation>Tabelle %1 (%2 Bit)</translation>
    </message>
    <message>
        <source>Forensics</source>
        <translation>Forensik</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Accept as Region</source>
        <translation>Als Region annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Export View as Image…</source>
        <translation>Ansicht als Bild exportieren…</translation>
    </message>
    <message>
        <source>These views are aids for your judgement: they show evidence, they do not declare an image fake. Check what they show against the photo.</source>
        <translation>Diese Ansichten sind Hilfsmittel für Ihre Beurteilung: Sie zeigen Belege, sie erklären ein Bild nicht für gefälscht. Gleichen Sie das Gezeigte mit dem Foto ab.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>The JPEG quality the photo is saved at again for the comparison.</source>
        <translation>Die JPEG-Qualität, mit der das Foto für den Vergleich erneut gespeichert wird.</translation>
    </message>
    <message>
        <source>How much the differences are brightened.</source>
        <translation>Wie stark die Unterschiede aufgehellt werden.</translation>
    </message>
    <message>
        <source>Opacity of the view over the photo.</source>
        <translation>Deckkraft der Ansicht über dem Foto.</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Ansicht:</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Qualität:</translation>
    </message>
    <message>
        <source>&amp;Amplification:</source>
        <translation>&amp;Verstärkung:</translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation>&amp;Deckkraft:</translation>
    </message>
    <message>
        <source>Copy-move suggestions:</source>
        <translation>Copy-Move-Vorschläge:</translation>
    </message>
    <message>
        <source>Histogram:</source>
        <translation>Histogramm:</translation>
    </message>
    <message>
        <source>JPEG quantisation tables:</source>
        <translation>JPEG-Quantisierungstabellen:</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>This image has no local file to analyse.</source>
        <translation>Dieses Bild hat keine lokale Datei zum Analysieren.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Analysed at %1×%2 of %3×%4 pixels (a reduced decode).</source>
        <translation>Analysiert mit %1×%2 von %3×%4 Pixeln (verkleinert dekodiert).</translation>
    </message>
    <message>
        <source>Estimated quality: %1.</source>
        <translation>Geschätzte Qualität: %1.</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>%1 wird berechnet…</translation>
    </message>
    <message>
        <source>%1 of “%2” failed: %3</source>
        <translation>%1 von „%2“ fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>No cloned areas found in “%1”.</source>
        <translation>Keine geklonten Bereiche in „%1“ gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of areas look copied in “%1”.</source>
        <translation>
            <numerusform>%n Bereichspaar in „%1“ wirkt kopiert.</numerusform>
            <numerusform>%n Bereichspaare in „%1“ wirken kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ↔ %2 (%n matching keypoint(s))</source>
        <translation>
            <numerusform>%1 ↔ %2 (%n übereinstimmender Schlüsselpunkt)</numerusform>
            <numerusform>%1 ↔ %2 (%n übereinstimmende Schlüsselpunkte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy-move suggestion: %1 and %2 look copied one onto the other (%n matching keypoint(s)). An aid, not a verdict.</source>
        <translation>
            <numerusform>Copy-Move-Vorschlag: %1 und %2 wirken aufeinander kopiert (%n übereinstimmender Schlüsselpunkt). Ein Hilfsmittel, kein Urteil.</numerusform>
            <numerusform>Copy-Move-Vorschlag: %1 und %2 wirken aufeinander kopiert (%n übereinstimmende Schlüsselpunkte). Ein Hilfsmittel, kein Urteil.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no forensic view to export.</source>
        <translation>Es gibt keine forensische Ansicht zum Exportieren.</translation>
    </message>
    <message>
        <source>Could not encode the view as PNG for “%1”.</source>
        <translation>Die Ansicht konnte für „%1“ nicht als PNG kodiert werden.</translation>
    </message>
    <message>
        <source>Export View as Image</source>
        <translation>Ansicht als Bild exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation>Nach „%1“ exportiert.</translation>
    </message>
</context>
<context>
    <name>provena::ImageFetchJob</name>
    <message>
        <source>There is no image %1 in this article.</source>
        <translation>In diesem Artikel gibt es kein Bild %1.</translation>
    </message>
    <message>
        <source>The article was closed while image %1 was fetched; the file stays in “%2”.</source>
        <translation>Der Artikel wurde geschlossen, während Bild %1 abgerufen wurde; die Datei bleibt in „%2“.</translation>
    </message>
</context>
<context>
    <name>provena::ImageFetcher</name>
    <message>
        <source>Provena is offline (the setting “network/offline” or --offline), so it did not fetch “%1”. Turn offline mode off to fetch images.</source>
        <translation>Provena ist offline (die Einstellung „network/offline“ oder --offline), daher wurde „%1“ nicht abgerufen. Schalten Sie den Offline-Modus aus, um Bilder abzurufen.</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link; Provena never writes through links. Replace it with a folder.</source>
        <translation>„%1“ ist ein symbolischer Link; Provena schreibt nie über Links. Ersetzen Sie ihn durch einen Ordner.</translation>
    </message>
    <message>
        <source>“%1” is not a folder, so the image cannot be saved there.</source>
        <translation>„%1“ ist kein Ordner, daher kann das Bild dort nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not create the folder “%1” for fetched images. Check that the article&apos;s folder is writable.</source>
        <translation>Der Ordner „%1“ für abgerufene Bilder konnte nicht angelegt werden. Prüfen Sie, ob der Artikelordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>“%1” leads outside the article&apos;s folder (to “%2”); Provena does not write there.</source>
        <translation>„%1“ führt aus dem Artikelordner heraus (nach „%2“); Provena schreibt dort nicht.</translation>
    </message>
    <message>
        <source>The server answered %1 %2 for “%3” without saying where to go; nothing was saved.</source>
        <translation>Der Server hat für „%3“ mit %1 %2 geantwortet, ohne ein Ziel anzugeben; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The server answered %1 %2 for “%3”; nothing was saved.</source>
        <translation>Der Server hat für „%3“ mit %1 %2 geantwortet; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB, more than the limit of %3 MB (the setting “network/maxDownloadMB”, --max-size); nothing was downloaded.</source>
        <translation>„%1“ ist %2 MB groß und überschreitet die Grenze von %3 MB (die Einstellung „network/maxDownloadMB“, --max-size); es wurde nichts heruntergeladen.</translation>
    </message>
    <message>
        <source>Could not create a file in “%1” for the download. Check that the folder is writable.</source>
        <translation>In „%1“ konnte keine Datei für den Download angelegt werden. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>“%1” passed the limit of %2 MB while downloading (the server did not announce its size); the download was stopped and nothing was saved.</source>
        <translation>„%1“ hat beim Herunterladen die Grenze von %2 MB überschritten (der Server hat die Größe nicht angekündigt); der Download wurde gestoppt und nichts gespeichert.</translation>
    </message>
    <message>
        <source>Could not write the download to “%1”: %2</source>
        <translation>Der Download konnte nicht in „%1“ geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Provena could not reach “%1”: %2. Nothing was saved; check the address and the network connection.</source>
        <translation>Provena konnte „%1“ nicht erreichen: %2. Es wurde nichts gespeichert; prüfen Sie die Adresse und die Netzwerkverbindung.</translation>
    </message>
    <message numerus="yes">
        <source>The download of “%1” broke off after %n byte(s): %2. Nothing was saved; try again.</source>
        <translation>
            <numerusform>Der Download von „%1“ brach nach %n Byte ab: %2. Es wurde nichts gespeichert; versuchen Sie es erneut.</numerusform>
            <numerusform>Der Download von „%1“ brach nach %n Bytes ab: %2. Es wurde nichts gespeichert; versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent no answer for “%1”; nothing was saved.</source>
        <translation>Der Server hat für „%1“ keine Antwort gesendet; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The server closed the connection after %1 of %2 bytes of “%3”; nothing was saved. Try again.</source>
        <translation>Der Server hat die Verbindung nach %1 von %2 Bytes von „%3“ geschlossen; es wurde nichts gespeichert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server of “%1” did not answer within %2 s; nothing was saved. Try again later.</source>
        <translation>Der Server von „%1“ hat nicht innerhalb von %2 s geantwortet; es wurde nichts gespeichert. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server of “%1” sent nothing for %2 s after %3 bytes; the download was stopped and nothing was saved.</source>
        <translation>Der Server von „%1“ hat nach %3 Bytes %2 s lang nichts gesendet; der Download wurde gestoppt und nichts gespeichert.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>The server sent an HTML page, not an image, for “%1” (Content-Type “%2”). It may be an error or login page: open the address in a browser. Nothing was saved.</source>
        <translation>Der Server hat für „%1“ eine HTML-Seite statt eines Bildes gesendet (Content-Type „%2“). Es kann sich um eine Fehler- oder Anmeldeseite handeln: Öffnen Sie die Adresse in einem Browser. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The server sent data that is not an image Provena can read for “%1” (Content-Type “%2”); nothing was saved.</source>
        <translation>Der Server hat für „%1“ Daten gesendet, die kein für Provena lesbares Bild sind (Content-Type „%2“); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The name “%1” would leave the folder “%2”; nothing was saved.</source>
        <translation>Der Name „%1“ würde aus dem Ordner „%2“ herausführen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>“%1” already exists with different content; Provena does not overwrite it. Move it away and fetch again, or attach it if it is the image.</source>
        <translation>„%1“ existiert bereits mit anderem Inhalt; Provena überschreibt die Datei nicht. Verschieben Sie sie und rufen Sie erneut ab, oder ordnen Sie sie zu, wenn es das Bild ist.</translation>
    </message>
    <message>
        <source>Could not save the download as “%1”: %2</source>
        <translation>Der Download konnte nicht als „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The download of “%1” was cancelled; nothing was saved.</source>
        <translation>Der Download von „%1“ wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>“%1” is not a complete web address; Provena fetches only http and https addresses.</source>
        <translation>„%1“ ist keine vollständige Webadresse; Provena ruft nur http- und https-Adressen ab.</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address; Provena fetches nothing else (no file:, ftp: or data: addresses).</source>
        <translation>„%1“ ist keine http- oder https-Adresse; Provena ruft nichts anderes ab (keine file:-, ftp:- oder data:-Adressen).</translation>
    </message>
    <message>
        <source>“%1” names no server.</source>
        <translation>„%1“ nennt keinen Server.</translation>
    </message>
    <message>
        <source>“%1” redirects to “%2”, which is not an http or https address; Provena does not follow it.</source>
        <translation>„%1“ leitet auf „%2“ weiter, das keine http- oder https-Adresse ist; Provena folgt dem nicht.</translation>
    </message>
    <message>
        <source>“%1” redirects from https to plain http (“%2”); Provena does not follow a downgrade to an unencrypted connection.</source>
        <translation>„%1“ leitet von https auf einfaches http weiter („%2“); Provena folgt keinem Wechsel auf eine unverschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>“%1” redirects in a loop: “%2” leads back to “%3”. Nothing was saved.</source>
        <translation>„%1“ leitet im Kreis weiter: „%2“ führt zurück zu „%3“. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>“%1” redirected more than %2 times (the last to “%3”); Provena stops there. Nothing was saved.</source>
        <translation>„%1“ wurde mehr als %2-mal weitergeleitet (zuletzt nach „%3“); Provena bricht dort ab. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>provena::ImageLoadingService</name>
    <message>
        <source>No embedded thumbnail is read for “%1”.</source>
        <translation>Für „%1“ wird kein eingebettetes Vorschaubild gelesen.</translation>
    </message>
</context>
<context>
    <name>provena::ImageStrip</name>
    <message>
        <source>Images of the article</source>
        <translation>Bilder des Artikels</translation>
    </message>
    <message>
        <source>not
local</source>
        <translation>nicht
lokal</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Bild %1: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>wird geladen</translation>
    </message>
    <message>
        <source>cannot
read</source>
        <translation>nicht
lesbar</translation>
    </message>
    <message>
        <source>Image %1: %2 (%3)</source>
        <translation>Bild %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Prüfurteil: %1</translation>
    </message>
    <message>
        <source>, verdict %1</source>
        <translation>, Prüfurteil %1</translation>
    </message>
</context>
<context>
    <name>provena::ImageView</name>
    <message>
        <source>Image canvas</source>
        <translation>Bildfläche</translation>
    </message>
    <message>
        <source>The photo with its regions. Use the tool keys to draw, arrow keys to nudge.</source>
        <translation>Das Foto mit seinen Regionen. Zeichnen Sie mit den Werkzeugtasten, verschieben Sie fein mit den Pfeiltasten.</translation>
    </message>
</context>
<context>
    <name>provena::LabelEditDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Add Label</source>
        <translation>Kategorie hinzufügen</translation>
    </message>
    <message>
        <source>Edit Label</source>
        <translation>Kategorie bearbeiten</translation>
    </message>
    <message>
        <source>Label ID</source>
        <translation>Kategorie-ID</translation>
    </message>
    <message>
        <source>Stored in sidecars: 1–64 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>In Sidecar-Dateien gespeichert: 1–64 Kleinbuchstaben, Ziffern, „-“ oder „_“.</translation>
    </message>
    <message>
        <source>Label name</source>
        <translation>Kategoriename</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Kategoriefarbe</translation>
    </message>
    <message>
        <source>Choose label colour</source>
        <translation>Kategoriefarbe wählen</translation>
    </message>
    <message>
        <source>Label description</source>
        <translation>Kategoriebeschreibung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>The ID must be 1–64 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Die ID muss aus 1–64 Kleinbuchstaben, Ziffern, „-“ oder „_“ bestehen.</translation>
    </message>
    <message>
        <source>The ID “%1” is already used; choose another.</source>
        <translation>Die ID „%1“ wird bereits verwendet; wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Enter a colour as #RRGGBB or choose one.</source>
        <translation>Geben Sie eine Farbe als #RRGGBB ein oder wählen Sie eine aus.</translation>
    </message>
    <message>
        <source>Label Colour</source>
        <translation>Kategoriefarbe</translation>
    </message>
</context>
<context>
    <name>provena::LabelsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Manage Labels</source>
        <translation>Kategorien verwalten</translation>
    </message>
    <message>
        <source>Manage labels</source>
        <translation>Kategorien verwalten</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Kategorie hinzufügen</translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation>Kategorie bearbeiten</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Kategorie entfernen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Save labels</source>
        <translation>Kategorien speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Built-in labels cannot be changed. Your own labels are stored in %1 and shared with provena-cli.</source>
        <translation>Integrierte Kategorien können nicht geändert werden. Ihre eigenen Kategorien werden in %1 gespeichert und mit provena-cli geteilt.</translation>
    </message>
    <message>
        <source>About your labels</source>
        <translation>Über Ihre Kategorien</translation>
    </message>
    <message>
        <source>Your labels could not be read, so they cannot be changed here. Fix or remove the file and open this dialog again.
%1</source>
        <translation>Ihre Kategorien konnten nicht gelesen werden und können daher hier nicht geändert werden. Reparieren oder entfernen Sie die Datei und öffnen Sie diesen Dialog erneut.
%1</translation>
    </message>
    <message>
        <source>built-in (read-only)</source>
        <translation>integriert (schreibgeschützt)</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>Your labels could not be read, so they were not saved.
%1</source>
        <translation>Ihre Kategorien konnten nicht gelesen werden und wurden daher nicht gespeichert.
%1</translation>
    </message>
    <message>
        <source>Your labels could not be saved.
%1</source>
        <translation>Ihre Kategorien konnten nicht gespeichert werden.
%1</translation>
    </message>
</context>
<context>
    <name>provena::MainWindow</name>
    <message>
        <source>Provena</source>
        <translation>Provena</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>x %1, y %2</source>
        <translation>x %1, y %2</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Auto&amp;save Interval…</source>
        <translation>Intervall für automatisches &amp;Speichern…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels (100 %)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>&amp;Nächstes Bild</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>V&amp;origes Bild</translation>
    </message>
    <message>
        <source>Focus &amp;Text</source>
        <translation>&amp;Text fokussieren</translation>
    </message>
    <message>
        <source>Focus &amp;Canvas</source>
        <translation>&amp;Bildfläche fokussieren</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Provena</source>
        <translation>&amp;Über Provena</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Label for new regions</source>
        <translation>Kategorie für neue Regionen</translation>
    </message>
    <message>
        <source> New: </source>
        <translation> Neu: </translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>Cursor position in image pixels</source>
        <translation>Cursorposition in Bildpixeln</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>Region under the cursor</source>
        <translation>Region unter dem Cursor</translation>
    </message>
    <message>
        <source>%1[*] — Provena</source>
        <translation>%1[*] — Provena</translation>
    </message>
    <message>
        <source>Autosave Interval</source>
        <translation>Intervall für automatisches Speichern</translation>
    </message>
    <message>
        <source>Seconds between recovery copies of unsaved work (0 turns autosave off):</source>
        <translation>Sekunden zwischen Wiederherstellungskopien ungespeicherter Arbeit (0 schaltet das automatische Speichern aus):</translation>
    </message>
    <message>
        <source>Manage &amp;Labels…</source>
        <translation>&amp;Kategorien verwalten…</translation>
    </message>
    <message>
        <source>Labels saved.</source>
        <translation>Kategorien gespeichert.</translation>
    </message>
    <message>
        <source>Show &amp;Source</source>
        <translation>&amp;Quelle anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Provenance</source>
        <translation>&amp;Herkunft anzeigen</translation>
    </message>
    <message>
        <source>The image&apos;s metadata has no field %1 (any more): was the file replaced?</source>
        <translation>Die Metadaten des Bildes enthalten das Feld %1 nicht (mehr): Wurde die Datei ersetzt?</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>B&amp;ild</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>provena::MergeConflictPanel</name>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>Conflict in the %1</source>
        <translation>Konflikt bei %1</translation>
    </message>
    <message>
        <source>Conflict in the %1 of the text span “%2”</source>
        <translation>Konflikt bei %1 der Textstelle „%2“</translation>
    </message>
    <message>
        <source>Mine: %1</source>
        <translation>Meine Version: %1</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>Andere Version: %1</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>&amp;Andere übernehmen</translation>
    </message>
</context>
<context>
    <name>provena::MetadataDock</name>
    <message>
        <source>EXIF</source>
        <translation>EXIF</translation>
    </message>
    <message>
        <source>IPTC</source>
        <translation>IPTC</translation>
    </message>
    <message>
        <source>XMP</source>
        <translation>XMP</translation>
    </message>
    <message>
        <source>XMP sidecar</source>
        <translation>XMP-Sidecar-Datei</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Filter fields…</source>
        <translation>Felder filtern…</translation>
    </message>
    <message>
        <source>Filter metadata fields</source>
        <translation>Metadatenfelder filtern</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Metadata fields</source>
        <translation>Metadatenfelder</translation>
    </message>
    <message>
        <source>No local image.</source>
        <translation>Kein lokales Bild.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) in %1</source>
        <translation>
            <numerusform>%n Feld in %1</numerusform>
            <numerusform>%n Felder in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no EXIF, IPTC or XMP metadata. News sites and social networks often strip it on upload: its absence proves nothing, but there is no camera, date or creator record here to check the photo&apos;s origin against.</source>
        <translation>%1 hat keine EXIF-, IPTC- oder XMP-Metadaten. Nachrichtenseiten und soziale Netzwerke entfernen sie beim Hochladen oft: Ihr Fehlen beweist nichts, aber hier gibt es keine Angaben zu Kamera, Datum oder Urheber, an denen sich der Ursprung des Fotos prüfen ließe.</translation>
    </message>
    <message>
        <source>Metadata flags and warnings</source>
        <translation>Metadaten-Hinweise und -Warnungen</translation>
    </message>
    <message>
        <source>Reading the metadata of %1…</source>
        <translation>Metadaten von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Alle Felder</translation>
    </message>
</context>
<context>
    <name>provena::MissingImageWidget</name>
    <message>
        <source>&amp;Attach Local File…</source>
        <translation>Lokale Datei &amp;zuordnen…</translation>
    </message>
    <message>
        <source>Image not available</source>
        <translation>Bild nicht verfügbar</translation>
    </message>
    <message>
        <source>Attach a local file for this image</source>
        <translation>Diesem Bild eine lokale Datei zuordnen</translation>
    </message>
    <message>
        <source>Image %1 is not available locally</source>
        <translation>Bild %1 ist lokal nicht verfügbar</translation>
    </message>
    <message>
        <source>Provena looked beside the article and in its “_files” folder. Save the image there, or attach the file you have.</source>
        <translation>Provena hat neben dem Artikel und in seinem Ordner „_files“ gesucht. Speichern Sie das Bild dort oder ordnen Sie die vorhandene Datei zu.</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Fetch the image from its web address</source>
        <translation>Das Bild von seiner Webadresse abrufen</translation>
    </message>
    <message>
        <source>Download the image into the article&apos;s “_files” folder and record where it came from in the chain of custody</source>
        <translation>Das Bild in den Ordner „_files“ des Artikels herunterladen und seine Herkunft in der Weitergabekette erfassen</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <source>Provena looked beside the article and in its “_files” folder. Fetch the image from its address, save it there, or attach the file you have.</source>
        <translation>Provena hat neben dem Artikel und in seinem Ordner „_files“ gesucht. Rufen Sie das Bild von seiner Adresse ab, speichern Sie es dort oder ordnen Sie die vorhandene Datei zu.</translation>
    </message>
    <message>
        <source>Provena is offline (the setting “network/offline”), so it does not fetch.</source>
        <translation>Provena ist offline (die Einstellung „network/offline“) und ruft daher nichts ab.</translation>
    </message>
    <message>
        <source>%1 of %2 KB</source>
        <translation>%1 von %2 KB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
</context>
<context>
    <name>provena::OpenReportBar</name>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>What changed since the annotations were saved</source>
        <translation>Was sich seit dem Speichern der Annotationen geändert hat</translation>
    </message>
    <message>
        <source>Show the changed links and images</source>
        <translation>Die geänderten Verknüpfungen und Bilder anzeigen</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
    <message>
        <source>Since the annotations were saved: %1. Regions of changed images are marked for review.</source>
        <translation>Seit dem Speichern der Annotationen: %1. Regionen geänderter Bilder sind zur Prüfung markiert.</translation>
    </message>
    <message>
        <source>the saved annotations could not be read (%1)</source>
        <translation>die gespeicherten Annotationen konnten nicht gelesen werden (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n text link(s) re-anchored</source>
        <translation>
            <numerusform>%n Textverknüpfung neu verankert</numerusform>
            <numerusform>%n Textverknüpfungen neu verankert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned</source>
        <translation>
            <numerusform>%n verwaist</numerusform>
            <numerusform>%n verwaist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text link(s) orphaned</source>
        <translation>
            <numerusform>%n Textverknüpfung verwaist</numerusform>
            <numerusform>%n Textverknüpfungen verwaist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) changed</source>
        <translation>
            <numerusform>%n Bild geändert</numerusform>
            <numerusform>%n Bilder geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) no longer in the article</source>
        <translation>
            <numerusform>%n Bild nicht mehr im Artikel</numerusform>
            <numerusform>%n Bilder nicht mehr im Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: found again by approximate match (%2 % similar), now at characters %3–%4.</source>
        <translation>%1: durch ungefähre Übereinstimmung wiedergefunden (%2 % ähnlich), jetzt bei den Zeichen %3–%4.</translation>
    </message>
    <message>
        <source>%1: moved from characters %2–%3 to %4–%5.</source>
        <translation>%1: von den Zeichen %2–%3 nach %4–%5 verschoben.</translation>
    </message>
    <message>
        <source>%1: orphaned, not found in the text any more. The link is kept; unlink it in the Properties dock or link the region to new text.</source>
        <translation>%1: verwaist, nicht mehr im Text gefunden. Die Verknüpfung bleibt erhalten; lösen Sie sie in der Leiste „Eigenschaften“ oder verknüpfen Sie die Region mit neuem Text.</translation>
    </message>
    <message numerus="yes">
        <source>Image %1 changed since the annotations were saved; its %n region(s) are marked for review.</source>
        <translation>
            <numerusform>Bild %1 wurde seit dem Speichern der Annotationen geändert; seine %n Region ist zur Prüfung markiert.</numerusform>
            <numerusform>Bild %1 wurde seit dem Speichern der Annotationen geändert; seine %n Regionen sind zur Prüfung markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded image %1 is no longer in the article; its regions are kept.</source>
        <translation>Das erfasste Bild %1 ist nicht mehr im Artikel; seine Regionen bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Allow Images Outside the Folder</source>
        <translation>Bilder außerhalb des Ordners &amp;zulassen</translation>
    </message>
    <message>
        <source>Read the images outside the article&apos;s folder for this article and reopen it</source>
        <translation>Die Bilder außerhalb des Artikelordners für diesen Artikel lesen und ihn erneut öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) outside the article&apos;s folder not read: %1.</source>
        <translation>
            <numerusform>%n Bild außerhalb des Artikelordners nicht gelesen: %1.</numerusform>
            <numerusform>%n Bilder außerhalb des Artikelordners nicht gelesen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) missing, unreadable or not images: %1.</source>
        <translation>
            <numerusform>%n Bild fehlt, ist nicht lesbar oder kein Bild: %1.</numerusform>
            <numerusform>%n Bilder fehlen, sind nicht lesbar oder keine Bilder: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) outside the article&apos;s folder not read</source>
        <translation>
            <numerusform>%n Bild außerhalb des Artikelordners nicht gelesen</numerusform>
            <numerusform>%n Bilder außerhalb des Artikelordners nicht gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) missing, unreadable or not images</source>
        <translation>
            <numerusform>%n Bild fehlt, ist nicht lesbar oder kein Bild</numerusform>
            <numerusform>%n Bilder fehlen, sind nicht lesbar oder keine Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Bild %1: %2</translation>
    </message>
</context>
<context>
    <name>provena::PointTool</name>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
</context>
<context>
    <name>provena::PolygonTool</name>
    <message>
        <source>Polyline</source>
        <translation>Linienzug</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message numerus="yes">
        <source>%n vertices. Enter or double-click finishes, Backspace removes the last, Esc cancels</source>
        <translation>
            <numerusform>%n Eckpunkt. Eingabe oder Doppelklick beendet, Rücktaste entfernt den letzten, Esc bricht ab</numerusform>
            <numerusform>%n Eckpunkte. Eingabe oder Doppelklick beendet, Rücktaste entfernt den letzten, Esc bricht ab</numerusform>
        </translation>
    </message>
    <message>
        <source>A %1 needs at least %2 vertices</source>
        <translation>Ein %1 braucht mindestens %2 Eckpunkte</translation>
    </message>
    <message>
        <source>polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <source>polyline</source>
        <translation>Linienzug</translation>
    </message>
</context>
<context>
    <name>provena::PreferencesDialog</name>
    <message>
        <source>Manage &amp;Labels…</source>
        <translation>&amp;Kategorien verwalten…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Fetch images from the web</source>
        <translation>Bilder aus dem &amp;Web abrufen</translation>
    </message>
    <message>
        <source>Write &amp;XMP sidecars beside the images on save</source>
        <translation>Beim Speichern &amp;XMP-Sidecar-Dateien neben die Bilder schreiben</translation>
    </message>
    <message>
        <source>Render &amp;images and crops</source>
        <translation>&amp;Bilder und Ausschnitte darstellen</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>&amp;PDF-Bericht</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Labels &amp;&amp; &amp;Agencies</source>
        <translation>Kategorien &amp;&amp; A&amp;genturen</translation>
    </message>
    <message>
        <source>&amp;Files &amp;&amp; Network</source>
        <translation>&amp;Dateien &amp;&amp; Netzwerk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>A new language applies the next time Provena starts. provena-cli uses it too; --lang overrides it.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Provena. provena-cli verwendet sie ebenfalls; --lang hat Vorrang.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>The author of the regions and claims you make, in the GUI and in provena-cli. Empty: your account name.</source>
        <translation>Der Autor der Regionen und Herkunftsangaben, die Sie erstellen, in der GUI und in provena-cli. Leer: Ihr Kontoname.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Written as Source-Organization into the bundles you export.</source>
        <translation>Wird als Source-Organization in die von Ihnen exportierten Pakete geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Your agencies</source>
        <translation>Ihre Agenturen</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Labels offered for regions; yours are shared with provena-cli labels.</source>
        <translation>Für Regionen angebotene Kategorien; Ihre eigenen werden mit provena-cli labels geteilt.</translation>
    </message>
    <message>
        <source>Agencies provenance suggestions know by name, besides the built-in ones; shared with provena-cli agencies (%1).</source>
        <translation>Agenturen, die Herkunftsvorschläge zusätzlich zu den integrierten namentlich kennen; geteilt mit provena-cli agencies (%1).</translation>
    </message>
    <message>
        <source>Autosave interval</source>
        <translation>Intervall für automatisches Speichern</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Seconds between recovery copies of unsaved work.</source>
        <translation>Sekunden zwischen Wiederherstellungskopien ungespeicherter Arbeit.</translation>
    </message>
    <message>
        <source>Off: Provena never connects to the network; images are not fetched by their web address (provena-cli fetch too).</source>
        <translation>Aus: Provena stellt nie eine Netzwerkverbindung her; Bilder werden nicht über ihre Webadresse abgerufen (auch nicht mit provena-cli fetch).</translation>
    </message>
    <message>
        <source>Largest image to decode</source>
        <translation>Größtes zu dekodierendes Bild</translation>
    </message>
    <message>
        <source> MP</source>
        <translation> MP</translation>
    </message>
    <message>
        <source>Images with more pixels are refused before they are decoded, in the GUI and in provena-cli.</source>
        <translation>Bilder mit mehr Pixeln werden vor dem Dekodieren abgelehnt, in der GUI und in provena-cli.</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>Auto&amp;matisch speichern alle:</translation>
    </message>
    <message>
        <source>&amp;Largest image:</source>
        <translation>&amp;Größtes Bild:</translation>
    </message>
    <message>
        <source>Export Bundle starts with:</source>
        <translation>Voreinstellung für „Paket exportieren“:</translation>
    </message>
</context>
<context>
    <name>provena::PropertiesDock</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Verknüpfung &amp;lösen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Entity name</source>
        <translation>Name der Entität</translation>
    </message>
    <message>
        <source>Who or what this shows</source>
        <translation>Wen oder was dies zeigt</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Entität:</translation>
    </message>
    <message>
        <source>Entity identifier</source>
        <translation>Kennung der Entität</translation>
    </message>
    <message>
        <source>e.g. http://www.wikidata.org/entity/Q…</source>
        <translation>z. B. http://www.wikidata.org/entity/Q…</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>K&amp;onfidenz:</translation>
    </message>
    <message>
        <source>Linked text spans</source>
        <translation>Verknüpfte Textstellen</translation>
    </message>
    <message>
        <source>Linked text:</source>
        <translation>Verknüpfter Text:</translation>
    </message>
    <message>
        <source>Unlink the selected span</source>
        <translation>Die ausgewählte Textstelle lösen</translation>
    </message>
    <message>
        <source>No region selected. Select one on the image or in the Regions list.</source>
        <translation>Keine Region ausgewählt. Wählen Sie eine auf dem Bild oder in der Liste „Regionen“ aus.</translation>
    </message>
    <message>
        <source>One region selected. It needs review: its image changed since it was drawn.</source>
        <translation>Eine Region ausgewählt. Sie muss geprüft werden: Ihr Bild hat sich seit dem Zeichnen geändert.</translation>
    </message>
    <message>
        <source>One region selected.</source>
        <translation>Eine Region ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>%n regions selected; the label applies to all.</source>
        <translation>
            <numerusform>%n Region ausgewählt; die Kategorie gilt für alle.</numerusform>
            <numerusform>%n Regionen ausgewählt; die Kategorie gilt für alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Characters %1–%2</source>
        <translation>Zeichen %1–%2</translation>
    </message>
    <message>
        <source>%1 — orphaned</source>
        <translation>%1 — verwaist</translation>
    </message>
    <message>
        <source>Not found in the article text any more; the last known quote is kept. Unlink it, or link the region to the passage again.</source>
        <translation>Nicht mehr im Artikeltext gefunden; das zuletzt bekannte Zitat bleibt erhalten. Lösen Sie die Verknüpfung oder verknüpfen Sie die Region erneut mit der Passage.</translation>
    </message>
    <message>
        <source>%1 — approximate match (%2 %)</source>
        <translation>%1 — ungefähre Übereinstimmung (%2 %)</translation>
    </message>
    <message>
        <source>Found again by approximate match at characters %1–%2; check the highlighted passage.</source>
        <translation>Durch ungefähre Übereinstimmung bei den Zeichen %1–%2 wiedergefunden; prüfen Sie die hervorgehobene Passage.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Created by %1, %2</source>
        <translation>Erstellt von %1, %2</translation>
    </message>
    <message>
        <source>Modified %1</source>
        <translation>Geändert %1</translation>
    </message>
    <message>
        <source>Author and dates</source>
        <translation>Autor und Daten</translation>
    </message>
    <message>
        <source>One region selected. It needs review: changes merged from disk conflict with yours; keep one value of each below.</source>
        <translation>Eine Region ausgewählt. Sie muss geprüft werden: Von der Festplatte zusammengeführte Änderungen stehen im Konflikt mit Ihren; behalten Sie unten jeweils einen Wert.</translation>
    </message>
</context>
<context>
    <name>provena::ProvenanceAssessmentWidget</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Notiz zu %1</translation>
    </message>
    <message>
        <source>+ Text</source>
        <translation>+ Text</translation>
    </message>
    <message>
        <source>Add the text selected in the article as evidence</source>
        <translation>Den im Artikel ausgewählten Text als Beleg hinzufügen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Prüfurteil</translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation>Noch kein Prüfurteil</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>confidence not stated</source>
        <translation>Konfidenz nicht angegeben</translation>
    </message>
    <message>
        <source>Rationale: why this verdict</source>
        <translation>Begründung: warum dieses Prüfurteil</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdict&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prüfurteil&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source> · %n evidence</source>
        <translation>
            <numerusform> · %n Beleg</numerusform>
            <numerusform> · %n Belege</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a verdict first</source>
        <translation>Wählen Sie zuerst ein Prüfurteil</translation>
    </message>
    <message>
        <source>How sure the verdict is</source>
        <translation>Wie sicher das Prüfurteil ist</translation>
    </message>
    <message>
        <source>Select the text in the article that bears on %1 first.</source>
        <translation>Wählen Sie zuerst den Text im Artikel aus, der %1 betrifft.</translation>
    </message>
</context>
<context>
    <name>provena::ProvenanceClaimDialog</name>
    <message>
        <source>Add Selected &amp;Text</source>
        <translation>Ausgewählten &amp;Text hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Add Provenance Claim</source>
        <translation>Herkunftsangabe hinzufügen</translation>
    </message>
    <message>
        <source>Edit Provenance Claim</source>
        <translation>Herkunftsangabe bearbeiten</translation>
    </message>
    <message>
        <source>Agency, newspaper or person, e.g. KCNA</source>
        <translation>Agentur, Zeitung oder Person, z. B. KCNA</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>unbekannte Art</translation>
    </message>
    <message>
        <source>For agents the agency directory does not know</source>
        <translation>Für Akteure, die das Agenturverzeichnis nicht kennt</translation>
    </message>
    <message>
        <source>2025-08-13, 2025-08-13T10:42:00Z or 2025-08-12/2025-08-13</source>
        <translation>2025-08-13, 2025-08-13T10:42:00Z oder 2025-08-12/2025-08-13</translation>
    </message>
    <message>
        <source>Where the agent published it</source>
        <translation>Wo der Akteur es veröffentlicht hat</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Akteur:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A note or a URL, then Enter</source>
        <translation>Eine Notiz oder eine URL, dann Eingabe</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <source>Select some text in the article first.</source>
        <translation>Wählen Sie zuerst Text im Artikel aus.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a URL; write it with its scheme (https://…).</source>
        <translation>„%1“ ist keine URL; geben Sie sie mit Schema an (https://…).</translation>
    </message>
    <message>
        <source>Name the agent: a %1 claim says who.</source>
        <translation>Nennen Sie den Akteur: Eine Angabe vom Typ „%1“ sagt, wer.</translation>
    </message>
    <message>
        <source>Enter the date: a %1 claim says when.</source>
        <translation>Geben Sie das Datum ein: Eine Angabe vom Typ „%1“ sagt, wann.</translation>
    </message>
    <message>
        <source>Enter the value: a %1 claim states it.</source>
        <translation>Geben Sie den Wert ein: Eine Angabe vom Typ „%1“ nennt ihn.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date: write 2025-08-13, 2025-08-13T10:42:00Z or a range 2025-08-12/2025-08-13.</source>
        <translation>„%1“ ist kein ISO-8601-Datum: Schreiben Sie 2025-08-13, 2025-08-13T10:42:00Z oder einen Bereich 2025-08-12/2025-08-13.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
</context>
<context>
    <name>provena::ProvenanceClaimModel</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Agent or value</source>
        <translation>Akteur oder Wert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Click to show it in the article text.</source>
        <translation>Klicken, um die Stelle im Artikeltext anzuzeigen.</translation>
    </message>
    <message>
        <source>Click to show it in the Metadata dock.</source>
        <translation>Klicken, um das Feld in der Leiste „Metadaten“ anzuzeigen.</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Umstritten</translation>
    </message>
    <message>
        <source>state media</source>
        <translation>Staatsmedium</translation>
    </message>
    <message>
        <source>wire service</source>
        <translation>Nachrichtenagentur</translation>
    </message>
    <message>
        <source>photo agency</source>
        <translation>Bildagentur</translation>
    </message>
    <message>
        <source>newspaper</source>
        <translation>Zeitung</translation>
    </message>
    <message>
        <source>broadcaster</source>
        <translation>Rundfunkanstalt</translation>
    </message>
    <message>
        <source>government</source>
        <translation>Regierung</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>software</source>
        <translation>Software</translation>
    </message>
</context>
<context>
    <name>provena::ProvenanceDock</name>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Anfechten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Weitergabekette</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Weitergabe</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Your own agencies in %1 were not read, so only the built-in ones are recognised: %2 Fix or remove the file and reopen the window.</source>
        <translation>Ihre eigenen Agenturen in %1 wurden nicht gelesen, daher werden nur die integrierten erkannt: %2 Reparieren oder entfernen Sie die Datei und öffnen Sie das Fenster erneut.</translation>
    </message>
    <message>
        <source>Provenance claims</source>
        <translation>Herkunftsangaben</translation>
    </message>
    <message>
        <source>Record a claim of your own about this image</source>
        <translation>Eine eigene Angabe zu diesem Bild erfassen</translation>
    </message>
    <message>
        <source>Keep the claim in the record, marked as disputed</source>
        <translation>Die Angabe im Datensatz behalten, als umstritten markiert</translation>
    </message>
    <message>
        <source>Keep the claim, marked as wrong: it leaves the chain of custody</source>
        <translation>Die Angabe behalten, als falsch markiert: Sie wird aus der Weitergabekette entfernt</translation>
    </message>
    <message>
        <source>No image.</source>
        <translation>Kein Bild.</translation>
    </message>
    <message>
        <source>Image %1: %2 — %3</source>
        <translation>Bild %1: %2 — %3</translation>
    </message>
    <message>
        <source>Image %1: %2 — no verdict yet</source>
        <translation>Bild %1: %2 — noch kein Prüfurteil</translation>
    </message>
    <message>
        <source>Claims (%1)</source>
        <translation>Angaben (%1)</translation>
    </message>
    <message>
        <source>Suggestions (%1)</source>
        <translation>Vorschläge (%1)</translation>
    </message>
</context>
<context>
    <name>provena::ProvenanceSuggestionsView</name>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Provenance suggestions</source>
        <translation>Herkunftsvorschläge</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Agent or value</source>
        <translation>Akteur oder Wert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Record the selected suggestion as an accepted claim</source>
        <translation>Den ausgewählten Vorschlag als angenommene Angabe erfassen</translation>
    </message>
    <message>
        <source>Record that the selected suggestion is wrong; it is not proposed again</source>
        <translation>Erfassen, dass der ausgewählte Vorschlag falsch ist; er wird nicht erneut vorgeschlagen</translation>
    </message>
    <message>
        <source>No image.</source>
        <translation>Kein Bild.</translation>
    </message>
    <message>
        <source>From the article only: the image is not a local file, so its metadata cannot be read.</source>
        <translation>Nur aus dem Artikel: Das Bild ist keine lokale Datei, daher können seine Metadaten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>From the article and the metadata of %1.</source>
        <translation>Aus dem Artikel und den Metadaten von %1.</translation>
    </message>
    <message>
        <source>Reading the metadata of %1…</source>
        <translation>Metadaten von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>From the article only: %1</source>
        <translation>Nur aus dem Artikel: %1</translation>
    </message>
    <message>
        <source>Conflicts with another suggestion or a recorded claim.</source>
        <translation>Steht im Konflikt mit einem anderen Vorschlag oder einer erfassten Angabe.</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Accept All %1</source>
        <translation>Alle %1 annehmen</translation>
    </message>
    <message>
        <source>Accept All from One Source</source>
        <translation>Alle aus einer Quelle annehmen</translation>
    </message>
    <message>
        <source>Reject All %1</source>
        <translation>Alle %1 ablehnen</translation>
    </message>
    <message>
        <source>Reject All from One Source</source>
        <translation>Alle aus einer Quelle ablehnen</translation>
    </message>
    <message>
        <source>from the caption</source>
        <translation>aus der Bildunterschrift</translation>
    </message>
    <message>
        <source>from the credit</source>
        <translation>aus dem Bildnachweis</translation>
    </message>
    <message>
        <source>from the releaser phrase</source>
        <translation>aus der Veröffentlichungsangabe</translation>
    </message>
    <message>
        <source>from the byline</source>
        <translation>aus der Autorenzeile</translation>
    </message>
    <message>
        <source>from the publishing site</source>
        <translation>von der veröffentlichenden Website</translation>
    </message>
    <message>
        <source>from the image&apos;s metadata</source>
        <translation>aus den Metadaten des Bildes</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>from other versions of the photo</source>
        <translation>aus anderen Versionen des Fotos</translation>
    </message>
</context>
<context>
    <name>provena::RecoveryManager</name>
    <message>
        <source>Could not create the recovery folder.</source>
        <translation>Der Wiederherstellungsordner konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The recovery file for “%1”</source>
        <translation>Die Wiederherstellungsdatei für „%1“</translation>
    </message>
</context>
<context>
    <name>provena::RegionActionHandler</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Mark Region(s) &amp;Reviewed</source>
        <translation>Region(en) als &amp;geprüft markieren</translation>
    </message>
    <message>
        <source>The region still matches its changed image: clear “needs review”.</source>
        <translation>Die Region passt noch zu ihrem geänderten Bild: „Prüfung nötig“ aufheben.</translation>
    </message>
    <message>
        <source>Select &amp;All Regions</source>
        <translation>&amp;Alle Regionen auswählen</translation>
    </message>
    <message>
        <source>&amp;Link Selected Text to Region</source>
        <translation>Ausgewählten Text mit Region &amp;verknüpfen</translation>
    </message>
    <message>
        <source>Select one region on the image and some text in the article, then link.</source>
        <translation>Wählen Sie eine Region auf dem Bild und Text im Artikel aus und verknüpfen Sie dann.</translation>
    </message>
    <message>
        <source>The selection holds no words to link.</source>
        <translation>Die Auswahl enthält keine Wörter zum Verknüpfen.</translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation>Verknüpft.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n region(s).</source>
        <translation>
            <numerusform>%n Region kopiert.</numerusform>
            <numerusform>%n Regionen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no regions to paste.</source>
        <translation>Die Zwischenablage enthält keine Regionen zum Einfügen.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n region(s) reviewed.</source>
        <translation>
            <numerusform>%n Region als geprüft markiert.</numerusform>
            <numerusform>%n Regionen als geprüft markiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>provena::RegionListModel</name>
    <message>
        <source>The image changed since this region was drawn. Check it, then use Edit › Mark Region(s) Reviewed.</source>
        <translation>Das Bild hat sich seit dem Zeichnen dieser Region geändert. Prüfen Sie sie und wählen Sie dann Bearbeiten › Region(en) als geprüft markieren.</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <source>Polyline</source>
        <translation>Linienzug</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Image %1 — %2</source>
        <translation>Bild %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Merged changes from disk conflict with yours on %n field(s). Choose “Keep mine” or “Take theirs” in Properties.</source>
        <translation>
            <numerusform>Von der Festplatte zusammengeführte Änderungen stehen bei %n Feld im Konflikt mit Ihren. Wählen Sie in „Eigenschaften“ „Meine behalten“ oder „Andere übernehmen“.</numerusform>
            <numerusform>Von der Festplatte zusammengeführte Änderungen stehen bei %n Feldern im Konflikt mit Ihren. Wählen Sie in „Eigenschaften“ „Meine behalten“ oder „Andere übernehmen“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>provena::RegionsDock</name>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Needs re&amp;view</source>
        <translation>&amp;Prüfung nötig</translation>
    </message>
    <message>
        <source>Filter regions…</source>
        <translation>Regionen filtern…</translation>
    </message>
    <message>
        <source>Filter regions</source>
        <translation>Regionen filtern</translation>
    </message>
    <message>
        <source>List only regions whose image changed since they were drawn</source>
        <translation>Nur Regionen auflisten, deren Bild sich seit dem Zeichnen geändert hat</translation>
    </message>
    <message>
        <source>Only regions that need review</source>
        <translation>Nur Regionen, die geprüft werden müssen</translation>
    </message>
    <message>
        <source>Region list</source>
        <translation>Regionsliste</translation>
    </message>
</context>
<context>
    <name>provena::SelectTool</name>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Insert Vertex</source>
        <translation>Eckpunkt einfügen</translation>
    </message>
    <message>
        <source>Delete Vertex</source>
        <translation>Eckpunkt löschen</translation>
    </message>
    <message>
        <source>Move Vertex</source>
        <translation>Eckpunkt verschieben</translation>
    </message>
    <message>
        <source>Resize Region</source>
        <translation>Regionsgröße ändern</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Region(s)</source>
        <translation>
            <numerusform>%n Region verschieben</numerusform>
            <numerusform>%n Regionen verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n Region(s)</source>
        <translation>
            <numerusform>%n Region fein verschieben</numerusform>
            <numerusform>%n Regionen fein verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Drag</source>
        <translation>Ziehen abbrechen</translation>
    </message>
</context>
<context>
    <name>provena::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation>Tastenkürzelliste</translation>
    </message>
</context>
<context>
    <name>provena::ToolManager</name>
    <message>
        <source>Canvas: zoom in / out</source>
        <translation>Bildfläche: vergrößern / verkleinern</translation>
    </message>
    <message>
        <source>Canvas: zoom to fit</source>
        <translation>Bildfläche: einpassen</translation>
    </message>
    <message>
        <source>Canvas: actual pixels</source>
        <translation>Bildfläche: Originalgröße</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <source>Canvas: zoom around the cursor</source>
        <translation>Bildfläche: um den Cursor zoomen</translation>
    </message>
    <message>
        <source>Space+drag, middle drag</source>
        <translation>Leertaste+Ziehen, Ziehen mit mittlerer Maustaste</translation>
    </message>
    <message>
        <source>Canvas: pan</source>
        <translation>Bildfläche: verschieben</translation>
    </message>
    <message>
        <source>Arrows / Shift+Arrows</source>
        <translation>Pfeiltasten / Umschalt+Pfeiltasten</translation>
    </message>
    <message>
        <source>Canvas: nudge selection 1 px / 10 px</source>
        <translation>Bildfläche: Auswahl um 1 px / 10 px verschieben</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Eingabe, Doppelklick</translation>
    </message>
    <message>
        <source>Polygon: finish</source>
        <translation>Polygon: abschließen</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Rücktaste</translation>
    </message>
    <message>
        <source>Polygon: remove last vertex</source>
        <translation>Polygon: letzten Eckpunkt entfernen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel drawing or dragging; clear selection</source>
        <translation>Zeichnen oder Ziehen abbrechen; Auswahl aufheben</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Umschalt+Ziehen</translation>
    </message>
    <message>
        <source>Square / keep aspect ratio</source>
        <translation>Quadrat / Seitenverhältnis beibehalten</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Strg+Klick</translation>
    </message>
    <message>
        <source>Toggle selection; on a polygon edge: insert vertex</source>
        <translation>Auswahl umschalten; auf einer Polygonkante: Eckpunkt einfügen</translation>
    </message>
    <message>
        <source>Alt+click on vertex</source>
        <translation>Alt+Klick auf Eckpunkt</translation>
    </message>
    <message>
        <source>Delete vertex</source>
        <translation>Eckpunkt löschen</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>Ihr &amp;Name…</translation>
    </message>
    <message>
        <source>The name new regions carry as their author</source>
        <translation>Der Name, den neue Regionen als Autor tragen</translation>
    </message>
    <message>
        <source>&amp;Ask for Label After Drawing</source>
        <translation>Nach dem Zeichnen nach &amp;Kategorie fragen</translation>
    </message>
    <message>
        <source>After drawing a region, choose its label in a popup</source>
        <translation>Nach dem Zeichnen einer Region ihre Kategorie in einem Popup wählen</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Regions you draw carry this name as their author. Leave it empty to use your account name (%1).</source>
        <translation>Von Ihnen gezeichnete Regionen tragen diesen Namen als Autor. Lassen Sie das Feld leer, um Ihren Kontonamen (%1) zu verwenden.</translation>
    </message>
    <message>
        <source>New regions are by %1.</source>
        <translation>Neue Regionen stammen von %1.</translation>
    </message>
    <message>
        <source>Region added. Ctrl+Z undoes it.</source>
        <translation>Region hinzugefügt. Strg+Z macht dies rückgängig.</translation>
    </message>
</context>
<context>
    <name>provena::UserGuideWindow</name>
    <message>
        <source>Provena User Guide</source>
        <translation>Provena-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>provena::VersionsActionHandler</name>
    <message>
        <source>Find Other Versions in Folder</source>
        <translation>Andere Versionen im Ordner suchen</translation>
    </message>
    <message>
        <source>Compare with Another &amp;Version…</source>
        <translation>Mit anderer &amp;Version vergleichen…</translation>
    </message>
    <message>
        <source>Find Other Versions…</source>
        <translation>Andere Versionen suchen…</translation>
    </message>
    <message>
        <source>Compare with Another Version</source>
        <translation>Mit anderer Version vergleichen</translation>
    </message>
    <message>
        <source>The current image has no local file to compare.</source>
        <translation>Das aktuelle Bild hat keine lokale Datei zum Vergleichen.</translation>
    </message>
    <message>
        <source>Looking for other versions of %1 in %2…</source>
        <translation>Andere Versionen von %1 werden in %2 gesucht…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Find Other Versions</source>
        <translation>Andere Versionen suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n other version(s) of %1 under %2:</source>
        <translation>
            <numerusform>%n andere Version von %1 unter %2:</numerusform>
            <numerusform>%n andere Versionen von %1 unter %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2; x %3, y %4, %5 × %6; scale %7</source>
        <translation>%1 — %2; x %3, y %4, %5 × %6; Maßstab %7</translation>
    </message>
    <message>
        <source>    in %1, image %2: %3 [%4]</source>
        <translation>    in %1, Bild %2: %3 [%4]</translation>
    </message>
    <message>
        <source>Other Versions of %1</source>
        <translation>Andere Versionen von %1</translation>
    </message>
    <message>
        <source>&amp;Offer as Provenance Suggestions</source>
        <translation>Als Herkunftsvorschläge &amp;anbieten</translation>
    </message>
    <message>
        <source>No other article shows a version of this photo.</source>
        <translation>Kein anderer Artikel zeigt eine Version dieses Fotos.</translation>
    </message>
    <message>
        <source>Offer who else published this photo as republisher suggestions in the Provenance dock.</source>
        <translation>In der Leiste „Herkunft“ als Weiterverbreiter-Vorschläge anbieten, wer dieses Foto noch veröffentlicht hat.</translation>
    </message>
</context>
<context>
    <name>provena::XmpImportBar</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Regions in the image&apos;s XMP metadata</source>
        <translation>Regionen in den XMP-Metadaten des Bildes</translation>
    </message>
    <message>
        <source>Import the regions from the image&apos;s XMP metadata</source>
        <translation>Die Regionen aus den XMP-Metadaten des Bildes importieren</translation>
    </message>
    <message>
        <source>Hide this offer for this image</source>
        <translation>Dieses Angebot für dieses Bild ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>This image&apos;s XMP metadata holds %n region(s) that are not in the article yet (e.g. faces tagged in digiKam), in %1.</source>
        <translation>
            <numerusform>Die XMP-Metadaten dieses Bildes enthalten %n Region, die noch nicht im Artikel ist (z. B. in digiKam markierte Gesichter), in %1.</numerusform>
            <numerusform>Die XMP-Metadaten dieses Bildes enthalten %n Regionen, die noch nicht im Artikel sind (z. B. in digiKam markierte Gesichter), in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n region(s); Edit › Undo takes them out again.</source>
        <translation>
            <numerusform>%n Region importiert; Bearbeiten › Rückgängig entfernt sie wieder.</numerusform>
            <numerusform>%n Regionen importiert; Bearbeiten › Rückgängig entfernt sie wieder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels this article does not have, left without a label: %1.</source>
        <translation>Regionen mit Kategorien, die dieser Artikel nicht hat, blieben ohne Kategorie: %1.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weitere)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
</context>
</TS>
