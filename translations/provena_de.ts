<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>The caption&apos;s credit line reads “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit names %1 as the photographer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit names %1 as the photographer&apos;s agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit says %1 provided the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit names %1 as the source of the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit puts the photo under %1&apos;s mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit names %1 first, as the agency that made the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit names %1 after the photo&apos;s maker, as its distributor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit says the photo is courtesy of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit marks it as a pool photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit says the photo came via %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption says %1 released the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption says %1, state media, distributed the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption says %1 distributed the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption says the handout came via %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption says the photo is a handout from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption says the photo came via %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption says the pool photo came via %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption says %1 took the pool photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption says the photo is courtesy of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption says %1 released the photo on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption dates the scene to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The byline names %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporter&apos;s address is at %1, a host of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is served from %1, a host of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s metadata (%1) names %2 as its creator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s metadata (%1) gives the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s metadata names the city and country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s metadata (%1) says it was taken on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metadata field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says %2; %3 says %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says %2; the accepted claim says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more disagree.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgenciesCommand</name>
    <message>
        <source>(yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the agencies provenance suggestions know by name, or add and remove your own.

  agencies list [--json]
  agencies add ID --name [LANG=]NAME… [--abbr [LANG=]ABBR]… [--kind KIND]
               [--country CC] [--host HOST]… [--iri IRI]
  agencies remove ID

Names and abbreviations are English unless prefixed with a language code (&quot;ko=연합뉴스&quot;). KIND is state-media, wire-service, photo-agency, newspaper, broadcaster, government, person, organisation or unknown. Adding a built-in ID replaces that entry for you. Your agencies are stored in %1 and used by the GUI and provena-cli alike (format in docs/provenance.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name, [LANG=]NAME; repeat for other languages (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An abbreviation, [LANG=]ABBR; repeatable (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABBR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of agent it is (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 country code, e.g. KP (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web host it publishes on; repeatable (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identifier IRI you have checked (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency id (add, remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no further arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs exactly one agency ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency ID “%1” must be 1–64 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add needs --name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name “%1” has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--abbr “%1” has no abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind; use state-media, wire-service, photo-agency, newspaper, broadcaster, government, person, organisation or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of your agencies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyDirectory</name>
    <message>
        <source>The agencies file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agencies file is not valid at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agencies file has no &quot;agencies&quot; array; see docs/provenance.md for the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency at %1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency at %1 has no valid id (lower-case letters, digits, &quot;-&quot; and &quot;_&quot;, like &quot;kcna&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency id &quot;%1&quot; occurs twice; keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name at %1 must be a non-empty string under a language code such as &quot;en&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency &quot;%1&quot; at %2 has no names; give at least &quot;names&quot;: {&quot;en&quot;: …}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The abbreviations at %1 must be an object of lists by language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The abbreviations at %1 must be a list under a language code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The abbreviation at %1[%2] must be a non-empty string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind &quot;%1&quot; at %2 is not one Provena knows; use state-media, wire-service, photo-agency, newspaper, broadcaster, government, person, organisation or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; at %2 is not an ISO 3166-1 alpha-2 code such as &quot;KP&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host at %1 must be a plain host name such as &quot;kcna.kp&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationImport</name>
    <message>
        <source>The %1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file is not valid JSON: %2. Check that it is the file the tool saved, complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file is not valid at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file is not valid JSON: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a %1 file: its top level is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list of points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2] is not a pair of numbers [x, y]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives the image size as %2, the size of “%3” as stored, before its EXIF orientation %4 turns it to %5 for display: the shapes were drawn on the unturned image and have been turned with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives the image size as %2, but “%3” is %4 as displayed: the file may belong to another version of the image; shapes outside the image are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the image “%2”, not “%3”: check that the file belongs to this image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleCopy</name>
    <message>
        <source>Provena does not save through a symbolic link. Choose another name or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the article&apos;s own file: use File › Save to save it in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article changed on disk since it was opened. Reload it, then save it under the new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder for the article&apos;s images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleParser</name>
    <message>
        <source>HTML nested deeper than %1 levels at line %2: images and captions inside it are not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML at line %1 has %2 tags, more than the %3 Provena parses in one piece: images and captions inside it are not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>odd number of bytes in UTF-16 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUL character at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpaired UTF-16 surrogate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decode %1 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %1 sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-32 text is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert the file to UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUL byte at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; looks like %1, which is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BagVerifier</name>
    <message>
        <source>no file path after the checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a %2 checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path “%1” leaves the bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path “%1” is not under data/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 is malformed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bag has no bagit.txt, so it is not a BagIt bag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bagit.txt must give “BagIt-Version: M.N” and “Tag-File-Character-Encoding”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the checksum algorithm “%2”, which Provena does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bag has no payload manifest (manifest-sha256.txt or another manifest-ALGORITHM.txt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, listed in %2, is not in the bag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 checksum of “%2” does not match %3: the file was changed or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in the bag&apos;s payload but not listed in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload-Oxum “%1” in bag-info.txt is not OCTETS.FILES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload-Oxum in bag-info.txt says %1 bytes in %2 files; the payload has %3 bytes in %4 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag file “%1” is larger than %2 MiB or unreadable; it was not read, so what it says was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read as a zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry “%1” would not be extracted: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” lies outside the bag&apos;s folder: a bundle holds exactly one top-level folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no folder; a bundle holds exactly one top-level folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds %2 top-level folders (%3); a bundle holds exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a folder, so it cannot be a bag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a symbolic link (to “%2”); a bag holds only files and folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2; a bag holds only files and folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BagWriter</name>
    <message>
        <source>the path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path must be relative and &apos;/&apos;-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path contains “%”, a line break or a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path has an empty, “.” or “..” component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: “%2” cannot name the bag&apos;s folder. Choose a file name without “/”, “%” or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: the bagging date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: “%2” cannot be a bag-info.txt label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: the payload file “%2” cannot be in a bag: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: the payload file “%2” is listed twice (or differs from another only by case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export to “%1” was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <source>The export to “%1” was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Provena bundle of %n article(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No articles to export to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a usable bundle name: the zip&apos;s name (without .zip) names the folder inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle “%1” would overwrite the article it exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a temporary folder to prepare the bundle “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the staged file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the staging folder for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 (%2) is not in the bundle: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 (%2) has no local file (not fetched yet?); it is not in the bundle, only its annotations are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 (%2) lies outside the article&apos;s folder; it is in the bundle as “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 (%2) changed since its regions were drawn; they are marked for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XMP sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: %2; its XMP sidecar in the bundle holds only what Provena knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: no XMP sidecar: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 (%2): no rendering: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1, region %2: no crop: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coco.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PDF report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sidecar of “%1” cannot be read, so its annotations cannot go into the bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text “%1” a link was anchored to is no longer in the article; the link stays in the sidecar, orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), bundled on %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not encode the %1 view of “%2” as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 (%2): no forensic views: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleImporter</name>
    <message>
        <source>Opening “%1” was cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The bundle “%1” was not opened: %n problem(s) found when checking it; nothing was kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle “%1” holds no article with a Provena sidecar; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleVerifier</name>
    <message>
        <source>“%1” is not the text its sidecar “%2” was written for (its SHA-256 differs from the one recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text “%2” a link was anchored to (at %3–%4) is not in the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: image %2 (%3) is not the one its regions were drawn on: SHA-256 %4, the sidecar recorded %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sidecar has regions on an image the article does not reference (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: image %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sidecar “%1” has no article “%2” beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a temporary folder to check “%1” in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message numerus="yes">
        <source>missing %1 argument(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expected %1, got %n argument(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The sidecar could not be read; nothing was changed. Fix it, or move it aside, and run the command again.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: text anchor %1 (“%2”) is orphaned
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no region (or more than one) matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read image files the article references outside its own folder (&quot;../&quot;, absolute paths, file: URLs, links out of the folder). Without it they are reported and not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: image %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sidecar kept changing while provena-cli saved (%n attempt(s)); nothing was changed. Run the command again when the other program has finished.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>warning: XMP sidecar: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CocoExport</name>
    <message>
        <source>%1[%2] is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “id” is missing or not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the id %2 is already used by %3[%4].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “segmentation” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a crowd annotation (iscrowd 1) needs a run-length segmentation {&quot;counts&quot;, &quot;size&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “segmentation” must be a list of polygons when iscrowd is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: segmentation[%2] is not a polygon: it needs an even number of at least 6 coordinates, it has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values that are not numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list “%1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “width” and “height” must be positive numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “file_name” is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “name” is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: image_id %2 names no image of “images”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: category_id %2 names no category of “categories”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “iscrowd” must be 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “bbox” must be [x, y, width, height], four numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bbox [%2] has no width or no height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bbox [%2] is not inside image %3 (%4×%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “area” is missing or not a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the area is 0 although it has a segmentation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CocoReader</name>
    <message>
        <source>This is not a COCO file: it has no “%1” list. Choose a COCO annotation file (with images, annotations and categories), or another --format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COCO file has no image whose file_name is “%1”; choose one of its images by id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COCO file has no image with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COCO file has %1 images named “%2”; choose one by id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COCO file has %1 images with id %2; it is not valid COCO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: category_id %2 is not in the file&apos;s categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a crowd annotation (iscrowd 1) is a run-length encoded bitmap; Provena has no bitmap regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the score is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the segmentation is run-length encoded (a bitmap); Provena has no bitmap regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the segmentation has %2 polygons (one object in several parts); Provena has no multi-part region. Split the object into one annotation per part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: segmentation[0] is not a polygon (an even number of at least 6 coordinates x1, y1, x2, y2, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no polygon segmentation, and the bbox is not [x, y, width, height] with a width and height of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The keypoints of %n annotation(s) are not imported: Provena has no keypoint regions (the outline is).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyMoveDetector</name>
    <message>
        <source>Copy-move detection failed on this image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image to analyse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory for copy-move detection on this image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentIO</name>
    <message>
        <source>The existing sidecar could not be read, so Provena will not overwrite it. Keep a copy of it first (&quot;Save and keep the broken file&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep a copy of the broken sidecar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was created by another program after Provena opened the article, so Provena saved nothing and left it as it is. Reload to see it, or save your version under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted or moved by another program after Provena read it, so Provena saved nothing. Reload, or save your version under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program after Provena read it, so Provena saved nothing and did not overwrite it. Reload to see the other version, or save yours under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image “%1” the annotations were made on is not there any more (the sidecar recorded it as “%2”). Put it back, or attach a local copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broken sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image “%1” is not there (%2). Put it back, or attach a local copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the image “%1” (%2). Check that the file is readable, or move it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an image Provena can read (%2), so it was not hashed. Replace it with the image, or attach the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the image “%1” to check it against the annotations (%2). Check that the file is readable, or move it away and open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image “%1” lies outside the article&apos;s folder (%2), so Provena did not read it. Move it into the folder, or allow images outside the folder for this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image “%1” is not in the article&apos;s folder. Put it there, or fix the reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceGroups</name>
    <message>
        <source>Who made and released it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software and editing history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document identifiers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExifThumbnailReader</name>
    <message>
        <source>Could not read the EXIF thumbnail of “%1”: the file is damaged or not an image format Provena knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no embedded EXIF thumbnail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>preparing %1/%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export articles with their annotations, images, XMP sidecars, renderings, crops, COCO file and report as one BagIt bag inside a zip (docs/bundles.md). A folder argument stands for the articles directly in it (.md, .markdown, .mdown, .mkd, .txt, .text; not its subfolders).
Exit 0: the bundle was written (warnings, if any, on stderr); 2: an article or its sidecar could not be read, or the zip could not be written (nothing is left at its path); 64: bad command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle to write (.zip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bagging-Date and every entry&apos;s time (default: today, UTC); the same inputs and date give the same zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No renderings or crops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bag-info Source-Organization (default: bundle/sourceOrganization in Provena.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bag-info Contact-Name (default: bundle/contactName).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bag-info Contact-Email (default: bundle/contactEmail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bag-info External-Description (default: the number of articles and their titles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article files or folders of articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ARTICLE given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o BUNDLE.zip is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date: “%1” is not a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no articles (.md, .txt, …) in this folder.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n article(s), %2 files, %3 MB of payload, %4 MB zip (bag “%5”)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--forensics: “%1” is not a view (ela, noise, gradient, copymove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--forensics: no view named (ela, noise, gradient, copymove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write forensic views of every image as forensics/IMAGE-VIEW.png, listed in the report (aids, not a verdict). VIEWS: a comma-separated list of ela, noise, gradient, copymove; --forensics alone means ela,noise,gradient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaceDetector</name>
    <message>
        <source>Face detection in “%1” was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face detector file “%1” could not be read. Reinstall the opencv-data package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detection needs the file “%1”, which is not installed. Install the opencv-data package, or set %2 to a folder holding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no picture in “%1” to look for faces in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detection failed on “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to look for faces in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacesCommand</name>
    <message>
        <source>Image %1 has no local file to look for faces in: fetch it first (provena-cli fetch) or attach a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>image %1 (%2): %n new face(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already annotated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>votes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ person region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for faces in the article&apos;s images (Haar cascades from opencv-data) and print them as suggestions in image pixels. Faces that a person region already covers are not offered again. With --accept, every suggestion becomes a person region (one undo step) and the sidecar is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only image N, from 1 in article order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every suggestion as a person region and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (schema provena-faces/1, see docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is annotating (default: $USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image takes a number, from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the article has %n image(s); there is no image %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>provena-cli faces: image %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message>
        <source>--image takes a number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-size takes a number of MB above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds above 0 (at most 3600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: %2 of %3 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: %2 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the images the article names by http or https URL and has no local file of, into the folder STEM_files/ beside it, and record for each a &quot;retrieved&quot; custody event (final URL, HTTP status and headers, size, SHA-256) in the sidecar. Prints one line per image saved; refusals go to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only image N (from 1, in article order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network access: every fetch is refused (as with the setting network/offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most a download may be, in MB (default 100, or network/maxDownloadMB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up when the server does not answer, or sends nothing, for this long (default 15 s to answer, 30 s between data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>image %1 does not exist: the article has %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>image %1: it already has a local file, “%2”; nothing to fetch.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: “%2” is not an http or https address; Provena fetches nothing else.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fetch: every image has a local file or no http(s) address.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: already there %2 (%3 bytes, sha256 %4), same as %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: saved %2 (%3 bytes, sha256 %4) from %5
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileAccess</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached. Check that you may open the folders on its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link to “%2”, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it links to “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2%3: Provena reads only regular files. Open the file itself, or save its content as a regular file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened. Check that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most Provena reads of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindVersionsCommand</name>
    <message>
        <source>in %1, image %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other version(s) under %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>dHash distance %1 (mirrored %2), found by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index: %1 images (%2 hashed now, %3 from the cache, %4 gone)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; rebuilt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared: %1 by close hashes, %2 by features alone; %3 beyond the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find every other version of IMAGE under DIR: re-encodes, crops, scaled and mirrored copies, with the articles (.md, .txt) that show them, their captions and credits. The perceptual hashes of DIR&apos;s images are cached in DIR/.provena/versions-index.json and only new or changed files are hashed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (schema provena-versions/1, see docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare at most N images whose hashes differ by features (crops); default 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image whose versions to find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to search, recursively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--feature-budget needs a whole number of images, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also offer each other appearance as a provenance suggestion (republisher, with the other file and the match as evidence). Nothing is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance suggestions (not recorded; accept them in the Provenance dock):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForensicView</name>
    <message>
        <source>Unknown forensic view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error level analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise residual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luminance gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy-move (clones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bright areas changed more when the photo was saved again as JPEG; an area brighter or darker than similar surroundings may have another history. Edges and fine texture are always bright.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fine noise left after a median filter; an area with a different noise texture may come from another camera or have been retouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge strength of the brightness; pasted objects can have edges sharper or softer than the rest of the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs of areas that look copied one onto the other (cyan and magenta). Repeating things such as windows, tiles or crowds match too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForensicsCommand</name>
    <message>
        <source>Could not encode the view as PNG for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute a forensic view of an image: error level analysis (ela), noise residual (noise), luminance gradient (gradient) or copy-move clone detection (copymove). These are aids: they show evidence, they do not say an image is fake.
Exit 0: the view was computed (copymove: no cloned areas found); 1: copymove found cloned areas; 2: the image could not be read or the output not written; 64: bad command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ela, noise, gradient or copymove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ela: the JPEG quality to recompress at, 1–100 (default 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ela and noise: the factor on the difference (default 20 for ela, 10 for noise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the view as a PNG (copymove: the photo with the areas outlined).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (schema provena-forensics/1, see docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view is required (ela, noise, gradient or copymove).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown view “%1”: use ela, noise, gradient or copymove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quality must be a whole number from 1 to 100, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amplification must be a number above 0 and at most 1000, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cloned areas found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1,%2 %3×%4 ↔ %5,%6 %7×%8 (%9 matching keypoints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean level %1, maximum %2 (0–255).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An aid: it shows evidence, it does not say the image is fake.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitSetupCommand</name>
    <message>
        <source>git was not found on PATH; install git (Debian: apt install git).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install provena-cli merge as the merge driver of sidecars (*.provena.jsonld) in a git repository: merge.provena.driver and merge.provena.name in the repository&apos;s config (through git config), and the line “%1” in .gitattributes at its top when missing. Running it again changes nothing.
Exit 0: done; 2: not a git repository, or git or the file could not be run or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder inside the repository (default: the current one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not inside a git repository (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git config merge.provena.driver: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: added “%2”
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already has “%2”
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageDecoder</name>
    <message>
        <source>“%1” is not an image Provena can read. Check that the file is complete and really is a JPEG, PNG, GIF or BMP image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to open: %2 × %3 pixels (%4 megapixels), more than the limit of %5 megapixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not decode the image “%1”: the file is damaged or uses a variant of its format that Provena cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image “%1” is incomplete: its data ends before the end of the picture. The file was probably cut off while downloading or copying; fetch it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the image “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to decode the image “%1”. Close other images or open a preview instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a preview of “%1”: the requested size %2 is not positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a damaged PNG image: a part of it claims more data than the file holds. Fetch the image again or re-save it with an image editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image “%1” is larger than %2 MiB, the most Provena reads of an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded thumbnail of “%1” could not be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageEvidence</name>
    <message>
        <source>%1 (EXIF thumbnail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EXIF thumbnail could not be decoded, so it was not compared with the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be decoded, so its EXIF thumbnail was not compared with it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded EXIF thumbnail does not show the main image: their perceptual hashes differ in %1 of 64 bits (more than %2 means different pictures). The image was changed after the thumbnail was made, or the thumbnail was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageForensics</name>
    <message>
        <source>The forensic view was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forensic view could not be computed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory for the forensic view of this image. Close other images and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image to analyse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error level analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noise residual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>luminance gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>histogram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageHasher</name>
    <message>
        <source>Could not read “%1” to compute its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compute the checksum of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageMatcher</name>
    <message>
        <source>Could not find the features of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not match %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches passed the ratio test, %2 agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 do not show the same picture: only %n feature match(es) agree on one alignment.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Extract a bundle into DIR/&lt;bag name&gt; (refusing unsafe entries and zip bombs), verify its checksums and sidecars, and print the bag folder and its articles.
Exit 0: opened; 2: the zip cannot be read, is unsafe, does not verify, or its folder already exists in DIR (nothing is left behind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle (.zip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to extract into (it must exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a folder; create it first.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bag: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Print what Provena understands of an article file: title, date, byline, paragraphs and images with captions, credits and dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (schema provena-inspect/1, see docs/inspect-json.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article file (.md, .txt).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectSummary</name>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from the content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(year unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(outside the article&apos;s folder, not read; --allow-outside reads it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(outside the article&apos;s folder, read as allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JpegQuantization</name>
    <message>
        <source>“%1” is not a JPEG file (it does not start with a JPEG marker), so it has no quantisation tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a JPEG file but no quantisation table was found before its image data (the file may be damaged or truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables are exactly the standard IJG (libjpeg) tables at quality %1. libjpeg, libjpeg-turbo, OpenCV, Qt, GIMP, ImageMagick, Pillow and many web services write these tables; they do not say which of them saved the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables are not the standard IJG (libjpeg) tables at any quality: a camera, phone or editor with its own tables (Photoshop, for one) saved the file. Estimated quality on the IJG scale: about %1. Provena does not identify which program that was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends or is damaged before its image data; the tables may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JpegTablesCommand</name>
    <message>
        <source>Print a JPEG file&apos;s quantisation tables, the quality they correspond to on the IJG (libjpeg) scale and whether they are exactly libjpeg&apos;s standard tables.
Exit 0: tables printed; 1: the file is not a JPEG or has no tables; 2: the file could not be read; 64: bad command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (schema provena-jpeg-tables/1, see docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 (%2-bit, natural order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated quality: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonStrictness</name>
    <message>
        <source>nested deeper than %1 levels of objects and arrays; flatten it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is %1 characters long, more than the %2 allowed; shorten it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key “%1” occurs twice in the same object (first at line %2, column %3); JSON does not say which one counts, so remove one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be checked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not strict JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelTaxonomy</name>
    <message>
        <source>The label file is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label file has no &quot;labels&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label file is not valid at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelmeReader</name>
    <message>
        <source>This is not a labelme file: it has no “shapes” list. Choose the JSON file labelme saved next to the image, or another --format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written by labelme %1, newer than the %2.x files this reader knows; check the imported shapes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a shape object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the label is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: a labelme %2 needs %3, this one has %n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the rectangle&apos;s 4 corners are not axis-aligned; Provena has no rotated rectangle (draw it as a polygon in labelme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 3 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its centre and a point on the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a labelme mask (a bitmap) cannot become a region: Provena has no bitmap regions; draw it as a polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the labelme shape type “%2” has no Provena region shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 share group_id %2 in labelme (one object in several parts); Provena has no groups and imports them as separate regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flags set on %1 are not imported: Provena regions have no flags (use the region&apos;s note).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelsCommand</name>
    <message>
        <source>(yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the region labels, or add and remove your own.

  labels list [--json]
  labels add ID --name NAME [--colour #RRGGBB] [--description TEXT]
  labels remove ID

Your labels are stored in %1 and used by the GUI and provena-cli alike. A sidecar carries the definitions of the labels it uses, so it opens the same elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown to people (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour as #RRGGBB (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLOUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the label marks (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label id (add, remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no further arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs exactly one label ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label ID “%1” must be 1–64 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add needs --name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a built-in label; choose another ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a colour; use #RRGGBB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of your labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <source>Link a region to a span of the article text and save the sidecar. Prints the text anchor&apos;s id and its code point range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact text; TEXT@N takes its N-th occurrence (from 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is annotating (default: $USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the text span itself (only when the span is new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region id (or a unique prefix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--text is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (occurrence %2) is not in the article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region is already linked to this text; nothing changed.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchCommand</name>
    <message>
        <source>Compare two images: SHA-256, perceptual hashes and their distance (also with B mirrored), then align them with feature matching. Prints how B relates to A (identical, re-encoded, cropped, scaled, rotated, mirrored), the transform from B&apos;s pixels to A&apos;s, the scale and where B lies in A as a rectangle in A&apos;s pixels. Exit code 0 when they show the same picture, 1 when they do not, 2 when a file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (schema provena-match/1, see docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference image (e.g. the original).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other version (crop, re-encode …).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchJson</name>
    <message>
        <source>%1 (%2): x %3, y %4, %5 × %6 in A&apos;s pixels; scale %7%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, turned %1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perceptual hash distance: %1 of 64 (mirrored: %2; above %3 means another picture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature matches: %1, agreeing on the alignment: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transform (B to A, row-major):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFLICT: %1 %2: ours %3, theirs %4 (base %5); kept ours
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-way merge of two sidecars of the same article: annotations by id, their fields one by one. A field both sides changed differently keeps OURS and is marked on its annotation (mergeConflicts, needs review) with both values. Conflicts are reported on stderr. As git&apos;s merge driver: provena-cli git-setup.
Exit 0: merged cleanly; 1: merged with conflicts (the file is written and opens in Provena); 2: an input cannot be read as a sidecar, or the output cannot be written (nothing is written then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the merged sidecar to FILE (atomically) instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the conflicts as JSON on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The common ancestor (an empty file when there is none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s); the merged sidecar keeps ours and marks them for review in Provena.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeConflictPanel</name>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataCommand</name>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provenance metadata (creator, credit, dates, camera …) in this image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what an image&apos;s metadata (EXIF, IPTC, XMP and its XMP sidecar) says about its provenance: who made and released it, rights, dates, editing history, camera, location and document identifiers, each with its raw key; flags (C2PA manifest, thumbnail mismatch, metadata stripped, editing software) and warnings about damaged metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (schema provena-metadata/1, see docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file (JPEG, PNG, TIFF …).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataEvidence</name>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date digitised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date created (IPTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original document ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS altitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital source type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xmpMM:History has %1 entries; only the first %2 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid GPS value (“%2”); it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XMP GPS position could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image has no EXIF metadata at all: typical of a copy that a website re-encoded or that was scrubbed. Its absence proves nothing by itself, but there is no camera record to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names editing software, %2: “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataReader</name>
    <message numerus="yes">
        <source>(%n bytes of binary data)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the XMP sidecar “%1”: it is not valid XMP. Fix or remove the sidecar to see the image&apos;s own metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the metadata of “%1”: the file is damaged or not an image format Provena knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMP sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “%1” to read its %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 values; only the first %3 are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; only the first %3 are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long to show whole; it is cut after %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EXIF thumbnail is %1 bytes, more than any real one; it is not compared with the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EXIF thumbnail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata is damaged (%1); only what comes before the damage is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file carries a C2PA manifest store (%1): its content credentials can be checked with a C2PA validator such as c2patool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exiv2 skipped damaged metadata: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineSnap</name>
    <message>
        <source>No outline found in the region on “%1”: nothing inside it stands apart from its surroundings. Draw the rectangle closer around one object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region on “%1” is too small or outside the image to snap to an outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapping the region on “%1” to an outline failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to snap the region on “%1” to an outline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvenanceBadge</name>
    <message>
        <source>S</source>
        <comment>badge mark for a staged photo</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <comment>badge mark for a miscaptioned photo</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (confidence %1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvenanceCliCommand</name>
    <message>
        <source>unknown claim role “%1”; the roles are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown pillar “%1”; the pillars are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown assessment status “%1”; the statuses are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verdict “%1”; the verdicts are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence “%1” is not a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date range “%1” ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date “%1” is not an ISO 8601 date (2025-08-13), date-time (2025-08-13T10:42:00Z) or range of them (2025-08-12/2025-08-13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an absolute URL (such as https://example.org/photo.jpg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence “%1” is not KIND:VALUE; the kinds are text:START-END, text:QUOTE[@N], metadata:KEY=VALUE, image:N, url:URL, note:TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence “%1”: the article text has %2 code points; give START-END with START &lt; END ≤ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence “%1”: “%2” (occurrence %3) is not in the article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence “%1”: give metadata:KEY=VALUE, e.g. metadata:Exif.Image.Artist=Jane Roe</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>evidence “%1”: image %2 does not exist: the article has %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>evidence “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence “%1”: the note is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence “%1” is not KIND:VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a claim or suggestion id: give the id or its first %2 or more hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no claim or suggestion has the id “%1”; `provena-cli provenance ARTICLE` lists the claims and --suggest the suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (image %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id prefix “%1” is ambiguous: it matches %2; give more digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image takes a number, from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with --claim ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--claim %1 takes --agent NAME (not --value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--claim %1 takes --date D (not --agent or --value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--claim %1 takes --value TEXT (not --agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--assess PILLAR STATUS: the STATUS is missing; the statuses are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument “%1” (only --assess PILLAR STATUS takes a second argument)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--note goes with --assess PILLAR STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--evidence goes with one of --claim and --assess; give them in separate runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--evidence goes with --claim or --assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--confidence and --rationale go with --verdict VERDICT</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>image %1 does not exist: the article has %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--claim, --assess and --verdict are about one image: give --image N (the article has %n image(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show what is recorded about where each image of the article comes from (claims with their evidence, the chain of custody, the five verification pillars, the verdict), or with --suggest what Provena proposes from the caption, credit, byline, site and the image&apos;s metadata. The other options change the record and save the sidecar, all in one step; what changed is printed after the save. Names of roles, statuses, pillars and verdicts are those of --json (docs/cli.md, &quot;provenance&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only image N (from 1, in article order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (after the save, the record as it now is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List suggestions with their ids, evidence, reason and conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a suggestion (recorded as an accepted claim) or a recorded claim, by id or unique prefix of 8+ hex digits. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject a suggestion (remembered: not proposed again) or a recorded claim. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a claim (or a suggestion) as disputed. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a recorded claim. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept every suggestion from ORIGIN (caption, credit, release, byline, site, metadata); ids given to --reject or --dispute are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject every suggestion from ORIGIN; ids given to --accept or --dispute are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a claim with this role: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who (for creator … editor); agencies Provena knows are resolved (KCNA → Korean Central News Agency), other names are kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What (for credit-line, source, rights, digital-source-type, location-shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 8601 date, date-time or range A/B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the agent published it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for --claim or --assess: text:START-END (code points), text:QUOTE[@N], metadata:KEY=VALUE, image:N, url:URL or note:TEXT. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess a pillar: --assess PILLAR STATUS. Pillars: %1; statuses: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the verdict: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure the verdict is, 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is annotating (default: $USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status, after --assess PILLAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: your agency list was not read, only the built-in one is used: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: image %1: metadata: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: image %1: its metadata could not be read, so nothing is suggested from it: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remove-claim %1: that is a suggestion, not a recorded claim; --reject it so that it is not proposed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given to two of --accept, --reject, --dispute and --remove-claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: unknown origin “%2”; the origins are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: there is no suggestion from “%2”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is given to both --accept-all-from and --reject-all-from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record already says so; nothing changed.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvenanceSuggester</name>
    <message>
        <source>%1 says %2, more than a day away from the caption&apos;s %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionClipboard</name>
    <message numerus="yes">
        <source>%n Provena region(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionCommand</name>
    <message>
        <source>expected X,Y,W,H with positive W and H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected x1,y1,x2,y2,… with at least %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected X,Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown shape “%1”; use rect, ellipse, polygon, polyline or point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence “%1” is not a number from 0 to 1 (or “none”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>image %1 does not exist: the article has %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown label “%1”; known labels (id or name): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a region object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“image” must be an image number, from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“shape” must be rectangle, ellipse, polygon, polyline or point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“points” must be an array of [x, y] number pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 has two points: its top-left and bottom-right corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a point has exactly one [x, y]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“label” must be a label id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“note”, “entity” and “identifier” must be strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“confidence” must be a number from 0 to 1, or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links[%1]: “%2” is not in the article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a region to an image of the article and save the sidecar. Exactly one shape option. Coordinates are image pixels (after EXIF orientation), origin top-left. Prints the new region&apos;s id.
With --from-json FILE, adds every region of FILE (a JSON array of region objects as `region list --json` prints them; - reads standard input) in one step and one save, or none of them when one is not valid; prints the new ids, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image number, from 1 in article order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectangle X,Y,W,H.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ellipse in the box X,Y,W,H.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon x1,y1,x2,y2,… (3+ points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polyline x1,y1,x2,y2,… (2+ points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point X,Y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label id or name, e.g. person or &quot;Flag or insignia&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or what the region shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IRI identifying the entity, e.g. a Wikidata entity URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure you are, 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the region to this text of the article; TEXT@N takes the N-th occurrence. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the regions of this JSON file (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is annotating (default: $USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-json takes the regions from the file; --%1 cannot be combined with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of --rect, --ellipse, --polygon, --polyline, --point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image N is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--label is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image takes a number, from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (occurrence %2) is not in the article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no regions; nothing was added.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the regions of an article&apos;s sidecar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a region&apos;s label, note, entity, confidence or shape and save the sidecar. Only what is given changes; an empty value clears a note, entity or identifier, --confidence none clears the confidence. Prints the region&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label id or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region&apos;s note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IRI identifying the entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 1, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new shape: rect=X,Y,W,H, ellipse=X,Y,W,H, polygon=x1,y1,…, polyline=x1,y1,… or point=X,Y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region id (or a unique prefix of it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change: give --label, --note, --entity, --identifier, --confidence or --geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--geometry takes SHAPE=NUMBERS, e.g. rect=10,20,30,40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown label “%1”; `provena-cli labels` lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region already has these values; nothing changed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a region (and its links) from an article&apos;s sidecar and save it. Text spans that only this region linked to, with no note of their own, go too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON array of regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 MiB of regions; pass them in smaller batches
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regions file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve a merge conflict of a region (a field both sides of a merge changed, as `region list` shows it) and save the sidecar: --take ours keeps the value the region shows, --take theirs sets the other side&apos;s. Prints the region&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region id (or a unique prefix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflicting field, e.g. body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ours or theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region, --field and --take ours|theirs are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionImportCommand</name>
    <message>
        <source>Image %1 has no local file to read XMP from; fetch or attach it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>--image %1: the article has %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--map %1=%2: unknown label “%2”; `provena-cli labels` lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image&apos;s XMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>would import %n region(s) into image %1 from %2 (%3)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n region(s) into image %1 from %2 (%3)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already present: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmapped labels (imported without a label):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  hint: map them to Provena labels with --map LABEL=person (any label id or name; `provena-cli labels` lists them), or add your own with `provena-cli labels add`. Try the mapping with --dry-run first: importing again with a mapping adds the mapped shapes beside the unlabelled regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the shapes of another tool&apos;s file — labelme, COCO or VIA (VGG Image Annotator) JSON — or of the image&apos;s own XMP (embedded or in its sidecar) as regions of one image, in one undo step and one save. Labels are matched by id or name; those that match none are reported and their regions imported without a label. Shapes Provena cannot represent are refused and listed, never changed. Shapes already in the sidecar are skipped, so importing twice adds nothing.
Exit 0 when everything was imported, 1 when something was refused or a label did not map (the rest is imported), 2 when a file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image number, from 1 in article order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the IPTC and MWG regions of the image&apos;s XMP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format of FILE: labelme, coco or via.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file&apos;s label FROM the Provena label TO (id or name). Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO: the image&apos;s id in the file (default: the image whose file_name matches).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIA: the region attribute that holds the label (default: the only attribute, else label, name, type or class).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what would be imported; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is annotating (default: $USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import (with --format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image N is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image takes a number, from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --from-xmp or --format FORMAT FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-xmp reads the image&apos;s XMP and takes no FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format “%1”; use labelme, coco or via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format %1 needs the FILE to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--coco-image-id goes with --format coco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--via-attribute goes with --format via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map takes FROM=TO, e.g. --map car=vehicle; got “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import: %1 import ARTICLE --image N (--from-xmp | --format labelme|coco|via FILE) [--map FROM=TO]... [--coco-image-id ID] [--via-attribute NAME] [--dry-run] [--json] (import --help)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionImportPlanner</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionItem</name>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionRenderer</name>
    <message>
        <source>No regions are marked on this image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions marked on this image: %1 (the first %2 are listed here; the report lists all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions marked on this image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not draw the regions of “%1”: the rendering size %2 and crop size %3 must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not draw the regions of “%1”: drawing text needs the graphical part of Qt (a QGuiApplication, offscreen is enough).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to draw the regions of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode an empty image as JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode a %1×%2 image as JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionValidator</name>
    <message>
        <source>image index %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 has exactly %2 point(s), not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 needs at least %2 points, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points are more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point %1 is not a pair of finite numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point %1 (%2, %3) is outside 0 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shape (%1,%2 to %3,%4) lies outside the image, which is %5×%6 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a label id (1 to 64 of a–z, 0–9, &apos;-&apos; and &apos;_&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence %1 is not between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an absolute IRI (e.g. http://www.wikidata.org/entity/Q42)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text of %1 characters is longer than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the size of image %1 is unknown, so its %n region(s) could not be checked against its bounds; fetch or attach the image and run validate again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Untitled article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>BCP 47 code of this translation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Provena report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations made</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked text span(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text</source>
        <translation type="unfinished">Artikeltext</translation>
    </message>
    <message>
        <source>Linked spans not in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted spans are linked to regions; the small numbers after them name the regions (see each image&apos;s table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has no text to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Image %1, shown below]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These spans could not be placed in the article&apos;s text as shown above: the text changed since they were made (orphaned), or they lie in markup a reader does not see. They are kept with their last known quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not among the text a reader sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(code points %1–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Provena %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Provena %1 from the annotations in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished">Regionen</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referenced in the article as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article no longer references this image; what was recorded for it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file is not in the bundle: its regions are drawn on an empty frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file is not in the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be read for this PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s size is not recorded: the frame only spans its regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image with numbered regions and a legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions on image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regions are marked on this image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished">Kategorie</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished">Entität</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Notiz</translation>
    </message>
    <message>
        <source>Geometry (pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review: the image changed since it was marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text span that is no longer recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished">Herkunft</translation>
    </message>
    <message>
        <source>Nothing is recorded yet about where this image comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No custody events: none of the accepted claims names who made or passed on the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification: the five pillars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict has been given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(confidence %1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file is not in the bundle, so its metadata was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s metadata names no creator, credit, dates, camera or other key facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the PDF report: no article was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the PDF report of “%1”: Qt&apos;s PDF writer produced nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x %1, y %2, %3 × %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectangle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ellipse in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>polygon of %n points in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>line of %n points in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>point at x %1, y %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wire service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newspaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broadcaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found elsewhere in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found by approximate match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer found in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMP sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C2PA manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata stripped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital source type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forensic views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These views are aids: they show evidence, they do not declare an image fake.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeExtractor</name>
    <message>
        <source>Refused “%1”: the entry “%2” is unsafe: %3. Nothing was extracted into “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not extract “%1”: “%2” is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “%1” as a zip file. Nothing was extracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not extract “%1”: no folder could be made in “%2”. Check that it is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracting “%1” was cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1”: the zip is damaged. Nothing was extracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lies outside the bundle&apos;s folder (a bundle holds exactly one top-level folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is in a second top-level folder besides “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder name is reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create “%1” while extracting “%2”. Nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not extract the entry “%1” of “%2”: it is damaged. Nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1” while extracting “%2”. Check the free disk space. Nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1” while extracting “%2”. Nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused “%1”: it holds no folder (a bundle holds exactly one top-level folder). Nothing was extracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not extract “%1”: “%2” already exists in “%3”. Remove or rename it, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not extract “%1” into “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its path is absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its path contains a backslash, which Windows reads as a folder separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its path starts with a drive letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its path contains “..”, which would leave the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its path has an empty or “.” component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a hard link (to “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a symbolic link (to “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name appears twice in the zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is both a file and a folder in the zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name differs only by case or Unicode normalisation from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it expands to more than %1 bytes, the limit for one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle expands to more than %1 bytes, the limit for all entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it expands more than %1 times its compressed size (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip has more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>“%1” is a symbolic link to “%2”: Provena does not save through links, because that would change “%2” instead. Replace the link with a copy of the file, or remove it, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2, not a file: Provena saves only over regular files. Rename or remove it, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “%1” for writing. Check that its folder exists and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not give the saved “%1” its previous owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not give the saved “%1” its previous permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish saving “%1”. Check that the disk is not full and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, so Provena cannot keep the previous version of “%2” there. Rename or remove the folder, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace the old backup copy “%1”. Remove it, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1” to keep a backup copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the backup copy “%1”. Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”. Check that the disk is not full and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidecarLock</name>
    <message>
        <source>a symbolic link to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provena cannot lock “%1” for saving: its lock file “%2” is %3. Remove it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provena cannot create the lock file “%1” beside the sidecar: the folder is not writable. Make it writable, or save the article elsewhere (Save As).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provena cannot create the lock file “%1” beside the sidecar. Check the folder, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is being saved by another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is being saved by another Provena (pid %2 on %3). Try again when it has finished; if no Provena is running there, delete “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidecarMerger</name>
    <message>
        <source>The merged sidecar would not be valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidecarReader</name>
    <message>
        <source>The sidecar is not valid at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text of %1 characters is longer than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1 is outside the allowed range %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an xsd:dateTime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a “urn:uuid:” IRI, found “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sidecar was written by a newer Provena (schema version %1; this version reads up to %2). Open it with a newer Provena.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an “AnnotationCollection”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotations on further pages are not supported; Provena writes one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no image of annotatedImages has this IRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no region has the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text anchor has the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sidecar is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sidecar is not valid: the top level must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown shape “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of x, y numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the points do not make a valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a selector object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shape Provena can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shape has coordinates outside 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end is before start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TextQuoteSelector is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 64 lower-case hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an absolute IRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date, date-time or range “A/B”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the span ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image needs “imageIndex” or “sha256”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a “ProvenanceClaim”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pillar “%1” is assessed twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Add Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n Region(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Region(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Text Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Text Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reshape Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel Region as ‘%1’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Text “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Region(s) Reviewed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Attach File to Image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reject %n Provenance Suggestion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n Provenance Suggestion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Provenance Claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Provenance Claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n Provenance Claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n Provenance Claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n Provenance Claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dispute %n Provenance Claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n Provenance Claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Assess %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record %n Custody Event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n Region(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fetch Image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve Merge Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Changes from Disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no sidecar found (expected %2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sidecar: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regions: %1, text anchors: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article: changed since the sidecar was written
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article: unchanged
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-anchored (%1, similarity %2): %3 “%4” [%5, %6) -&gt; [%7, %8)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORPHANED: %1 “%2” was at [%3, %4); not found in the article
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE CHANGED: image %1 (%2): SHA-256 %3, sidecar recorded %4; its regions need review
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE MISSING: the sidecar has regions on an image the article no longer references (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: region %1 lies outside image %2 (%3×%4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result: problems found
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result: OK
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE NOT FOUND: image %1 (%2): %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE UNREADABLE: image %1 (%2): %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT AN IMAGE: image %1 (%2): %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE OUTSIDE THE FOLDER: image %1 (%2) leads to %3, outside the article&apos;s folder; it was not read (--allow-outside reads it)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>UNKNOWN SIZE: image %1 (%2) has no known pixel size, so its %n region(s) could not be bounds-checked
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check an article&apos;s sidecar against the article text and its images, and print what was found. Writes nothing.
Exit 0: every anchor resolves (re-anchored ones are listed) and every image could be checked; 1: an anchor is orphaned, an image changed, or an image is missing, unreadable, not an image, outside the article&apos;s folder (without --allow-outside) or of unknown size while it has regions (they could not be bounds-checked); 2: the article or sidecar cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Check a bundle: the bag (every file present and listed, every checksum, Payload-Oxum, the tag manifest), then every article&apos;s sidecar against the article and its images. Keeps nothing.
Exit 0: valid; 1: problems, each named; 2: the zip cannot be read or was refused as unsafe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle (.zip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such bundle.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>bag: %1 (%n payload file(s), %2 bytes)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PROBLEM %1: %2: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article: %1: OK
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>article: %1: %n problem(s)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>result: valid
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>result: %n problem(s)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionFinder</name>
    <message>
        <source>Hashing images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not compared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search for versions of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionIndex</name>
    <message>
        <source>The version index %1 is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version index %1 has another schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version index %1 has a damaged entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionSuggester</name>
    <message>
        <source>Found by Find Other Versions: %1 shows %2 as image %3 (caption “%4”, credit “%5”); it is %6 of this image, at x %7, y %8, %9 × %10 in this image&apos;s pixels, scale %11, perceptual hash distance %12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” shows another version of this photo (%2); its byline names %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” shows another version of this photo (%2), credited to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViaReader</name>
    <message>
        <source>the attribute “%1” has several options ticked (%2); a region has one label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attribute “%1” is a list, not a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a VIA 3 project; Provena does not read VIA 3 files yet. Convert it to COCO or to a VIA 2 project first, or annotate the image in VIA 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a VIA file: it has no “_via_img_metadata” and no image entries with a “filename”. Choose a VIA 2 project or a VIA annotations export (JSON), or another --format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VIA file has no image named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VIA file has %1 entries for an image named “%2” (%3); keep one of them in VIA and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rect has a negative width or height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the circle has a negative radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ellipse is rotated (theta %1 rad); Provena has no rotated ellipse. Draw it as a polygon in VIA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ellipse has a negative radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the polygon has %n point(s); a polygon needs at least 3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the polyline has %n point(s); a polyline needs at least 2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the region has no shape_attributes.name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VIA shape “%1” has no Provena region shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 has no valid number in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 have no attribute “%2”: imported without a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 have several region attributes and none is called label, name, type or class: imported without a label. Name the attribute that holds the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has EXIF orientation %2 and a VIA file records no image size to tell on which grid it was drawn: the coordinates are taken on the image as displayed, as browsers show it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XmpCommand</name>
    <message>
        <source>image %1: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: %2: failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n as MWG person region(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>kept from other tools: %1 properties, %2 regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an XMP sidecar (IMAGE.EXT.xmp) beside each local image of the article: the image&apos;s accepted provenance (creator, credit line, source, copyright or usage terms, digital source type, date created), its caption, the persons shown, and every region as an IPTC image region (people also as MWG regions), so digiKam, Lightroom and exiftool see them. Fields other tools wrote are kept. One article per run; see docs/cli.md for many articles with GNU parallel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only image N (from 1, in article order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep-extension (photo.jpg.xmp, digiKam and darktable) or replace-extension (photo.xmp, Lightroom). Default: the setting xmp/sidecarNaming, else keep-extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what would be written; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (schema provena-xmp/1, see docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article file (Markdown, HTML or text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--naming must be keep-extension or replace-extension, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>image %1 does not exist: the article has %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The article has no images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XmpExport</name>
    <message>
        <source>The date created “%1” is a range, which photoshop:DateCreated cannot hold; it was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: “%2” lies outside the article&apos;s folder; Provena writes XMP sidecars only inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: “%2” is not fetched yet, so there is no file to write a sidecar beside. Fetch it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: “%2” is not there; no sidecar was written for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XMP sidecar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XmpRegionReader</name>
    <message>
        <source>Could not read the regions in the XMP metadata of “%1”: the file is damaged or not an image format Provena knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s metadata is damaged (%1); regions after the damage may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives the orientation as %2, the image as %3: the regions are placed as the image&apos;s orientation says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the regions in the XMP metadata of “%1”: its pixel size is unknown, so the regions cannot be placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the regions in “%1”: the image&apos;s pixel size is unknown, so the regions cannot be placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the polygon has no rbVertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rbVertices[%1] is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no RegionBoundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rbUnit is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its unit “%1” is neither pixel nor relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its width or height is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its radius is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rbShape is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its shape “%1” is not a rectangle, circle or polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2] in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a finite number (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its unit “%1” is not normalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its diameter is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MWG regions in %1 were tagged on a %2 × %3 image; this image is %4 × %5 pixels as stored. They are placed at the same relative positions: check them on the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is turned by %1 (Rotation), and Provena&apos;s rectangles cannot turn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XmpSidecarWriter</name>
    <message>
        <source>“%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1 is a polyline: IPTC regions are closed shapes, so it is not written to the XMP sidecar. Provena&apos;s own sidecar keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1 has no valid outline, so it is not written to the XMP sidecar. Redraw it in Provena.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The MWG regions in the sidecar apply to an image of %1×%2 pixels, but the image is stored at %3×%4: Provena kept them and did not add its %n person region(s) as MWG regions (they are written as IPTC regions). Remove the MWG regions in the tool that wrote them if they are out of date.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>XMP packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the XMP sidecar “%1”: Exiv2 could not build its XMP. Nothing was changed; please report this with the sidecar attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not valid XMP, so Provena left it as it is and wrote nothing. Repair the sidecar in the tool that wrote it, or move it away, then write again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another tool since Provena wrote it (it is now “%2”), so Provena kept that and did not write its own value “%3”. Remove %1 from the sidecar if Provena&apos;s value should be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the sidecar was written by another tool (“%2”), so Provena kept it and did not write its own value “%3”. Remove %1 from the sidecar if Provena&apos;s value should be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provena cannot place the regions in the XMP sidecar “%1”: the image&apos;s size is not known. Make sure the image opens in Provena, then write again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XMP sidecar “%1” is a symbolic link to “%2”: Provena does not write through links, because that would change “%2” instead. Replace the link with a copy of the file, or remove it, then write again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XMP sidecar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>Could not set the compression for “%1” in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1” into “%2”. Check the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish “%1” in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: it is a symbolic link (to “%2”), and Provena never writes through links. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: it is %2, not a file. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create “%1”. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the zip “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip “%1” is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changed while the bundle was written (%2 bytes, expected %3). Export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing “%1” was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” grew while the bundle was written. Export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” shrank while the bundle was written (%2 of %3 bytes). Export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip “%1” was not written: an earlier step failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish the zip “%1”. Check the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Print what Provena understands of an article file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, list or remove image regions (region --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a region to a span of the article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a sidecar against its article and images (no writes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List region labels; add or remove your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: provena-cli COMMAND [OPTIONS] ARGS...
       provena-cli COMMAND --help

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 problems found, 2 input error, 64 usage error.
Options: --help, --version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provena-cli: unknown command &apos;%1&apos;

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print an image&apos;s provenance metadata, flags and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the agencies suggestions resolve; add or remove your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change where each image comes from: claims, suggestions, verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import regions from labelme, COCO, VIA or XMP; and all `region` does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch images named by http(s) URL into STEM_files/, with a custody record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write XMP sidecars beside the article&apos;s images (digiKam, exiftool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export articles with their annotations as a BagIt zip (report, renderings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a bundle: checksums and every sidecar (no writes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract a bundle safely into a folder and verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest faces on an article&apos;s images; --accept adds them as person regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forensic view of an image: ELA, noise, gradient or copy-move clones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JPEG&apos;s quantisation tables, estimated quality, standard IJG or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two images: hashes, alignment, crop rectangle and scale of B in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find other versions of a photo (crops, re-encodes, mirrored) under a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-way merge of two sidecars by annotation and field (git merge driver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install provena-cli merge as the git merge driver of sidecars in a repo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Annotate news photos and their provenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article file to open (.txt, .md).</source>
        <translation type="unfinished"></translation>
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
    <name>provena::ArticleTextView</name>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>The article, read-only. Linked passages are highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article with File › Open (Ctrl+O) or drop a file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Linked to %n region(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Image %1 is not on disk
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading image %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 cannot be read
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 is outside the article&apos;s folder
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::AssistActionHandler</name>
    <message>
        <source>Suggest &amp;Faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for faces in this image and show them as dashed suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept All Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every suggestion becomes a person region (one undo step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject All Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snap to Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the selected rectangle into a polygon around the object in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image file shown to look for faces in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face detection in “%1” cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) suggested in “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already annotated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Right-click one to accept or reject it, or use the Image menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one rectangle region to snap to its object&apos;s outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image file to snap the region to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Snapped to an outline of %n point(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::BundleActionHandler</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Extract “%1” Into (its folder is made there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Article from Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The bundle holds %n article(s). Open:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write articles with their images, annotations, renderings and report into one BagIt zip for editors, lawyers or archives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished">Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle holds the saved files. Save the changes and export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n article(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing article %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing the zip of %n article(s): %1 of %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: no bundle was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Export Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle “%1” was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracts the bundle into a temporary folder and opens the first article&apos;s report in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1 (%2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n warning(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Show Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle “%1” is not there any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provena could not make a temporary folder to extract the report into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracting “%1” to show its report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Report cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle “%1” has no report at “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the bundle being worked on, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Open Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracting and checking “%1” into %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the bundle was cancelled: nothing was extracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” opened with %n problem(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No Article in Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds no article with Provena annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its files are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 from the bundle in %2.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1”: %2 Attach another copy of the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1: not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 px (loading full resolution…)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the article from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the version in Provena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on disk: %1. Reload to see the new version; your unsaved changes are kept unless you choose to discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on disk: %1. Reload to see the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your version under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 was changed on disk by another program since you opened it, and Provena did not overwrite it. Reload to load that version (your unsaved changes are discarded), or Save As… to keep your version under another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::CompareVersionsDialog</name>
    <message>
        <source>Compare with Another Version — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another version of %1 to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity of the other version (overlay) or the divider (swipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose Other Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Regions to This Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as &amp;Derived From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record in this image&apos;s provenance that it was made from the other version, with the match as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching %1 with %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image of this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2). B lies in A at x %3, y %4, %5 × %6 pixels; scale %7; %8 matching features.
A: %9, SHA-256 %10, dHash %11
B: %12, SHA-256 %13, dHash %14 — distance %15 (mirrored %16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the regions of %1 lies inside %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n region(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Matched with Provena: %1 is %2 of this image; its rectangle in this image&apos;s pixels is x %3, y %4, %5 × %6, scale %7; %8 matching features; perceptual hash distance %9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded that %1 is derived from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::CreationTool</name>
    <message>
        <source>Label of the new region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::CustodyEvent</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Republished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cropped or edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::DocumentSession</name>
    <message>
        <source>The existing sidecar could not be read, so Provena will not overwrite it. Keep a copy of it first (&quot;Save and keep the broken file&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image %1 in this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::Evidence</name>
    <message>
        <source>text %1–%2 “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::ExportBundleDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render &amp;images and crops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add articles to the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected articles from the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/story-bundle.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bagging date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written as Bagging-Date and as the time of every file in the zip: the same articles with the same date give the same zip, byte for byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture of each image with its regions and legend, and a crop of every region. Without them the report still draws the regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report also as a PDF, beside the HTML page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bag information (kept for the next bundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Articles to the Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.md *.markdown *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Bundle As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article “%1” is not in “%2” any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the file to write the bundle to, or choose it with Browse….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the bundle&apos;s full path (for example %1), or choose it with Browse….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s file name must end in .zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder; enter a file name ending in .zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle would replace the article “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it with the new bundle?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forensic views (error level, noise, gradient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each image&apos;s error level analysis, noise residual and luminance gradient as PNG files, listed in the report. They are aids: they show evidence, they do not declare an image fake.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::FileActionHandler</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.md *.markdown *.txt *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Article As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation>Von Festplatte &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;Attach Local File for Image…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Provena found work on “%1” that was not saved, probably because Provena or the computer stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover it? It is loaded as unsaved changes; the saved annotations on disk stay as they are until you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered unsaved work. Save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Annotations Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotations file on disk could not be read when the article was opened, so saving would replace work Provena could not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy of the unreadable file beside it and save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unreadable file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provena does not save through a symbolic link. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it with this article and its annotations?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, with %n image(s) copied beside it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n image(s) outside the article&apos;s folder stay where they are</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reload Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading replaces your unsaved changes with the files on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload anyway? Choose No to keep working on your version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded from disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes Since the Annotations Were Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Local File for Image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Local File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the annotations changed on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;XMP Sidecars on Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved, but %n XMP sidecar problem(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fetched image %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles and bundles (*.md *.markdown *.txt *.html *.htm *.zip);;Articles (*.md *.markdown *.txt *.html *.htm);;Bundles (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reloaded changes from disk: %n region(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged changes from disk: %n region(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n conflict(s) to review in Properties</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>provena::ForensicHistogramPlot</name>
    <message>
        <source>Histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Red, green, blue and luminance (white) over 256 levels, %n pixel(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>provena::ForensicsDock</name>
    <message>
        <source>Table %1 (%2-bit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forensics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept as Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export View as Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These views are aids for your judgement: they show evidence, they do not declare an image fake. Check what they show against the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JPEG quality the photo is saved at again for the comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the differences are brightened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity of the view over the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amplification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy-move suggestions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG quantisation tables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image has no local file to analyse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysed at %1×%2 of %3×%4 pixels (a reduced decode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated quality: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of “%2” failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cloned areas found in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of areas look copied in “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ↔ %2 (%n matching keypoint(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy-move suggestion: %1 and %2 look copied one onto the other (%n matching keypoint(s)). An aid, not a verdict.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no forensic view to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the view as PNG for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export View as Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::ImageFetchJob</name>
    <message>
        <source>There is no image %1 in this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article was closed while image %1 was fetched; the file stays in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::ImageFetcher</name>
    <message>
        <source>Provena is offline (the setting “network/offline” or --offline), so it did not fetch “%1”. Turn offline mode off to fetch images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a symbolic link; Provena never writes through links. Replace it with a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a folder, so the image cannot be saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder “%1” for fetched images. Check that the article&apos;s folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” leads outside the article&apos;s folder (to “%2”); Provena does not write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 %2 for “%3” without saying where to go; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 %2 for “%3”; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 MB, more than the limit of %3 MB (the setting “network/maxDownloadMB”, --max-size); nothing was downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a file in “%1” for the download. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” passed the limit of %2 MB while downloading (the server did not announce its size); the download was stopped and nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the download to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provena could not reach “%1”: %2. Nothing was saved; check the address and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The download of “%1” broke off after %n byte(s): %2. Nothing was saved; try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent no answer for “%1”; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection after %1 of %2 bytes of “%3”; nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of “%1” did not answer within %2 s; nothing was saved. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of “%1” sent nothing for %2 s after %3 bytes; the download was stopped and nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an HTML page, not an image, for “%1” (Content-Type “%2”). It may be an error or login page: open the address in a browser. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent data that is not an image Provena can read for “%1” (Content-Type “%2”); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name “%1” would leave the folder “%2”; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists with different content; Provena does not overwrite it. Move it away and fetch again, or attach it if it is the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the download as “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of “%1” was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a complete web address; Provena fetches only http and https addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an http or https address; Provena fetches nothing else (no file:, ftp: or data: addresses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” redirects to “%2”, which is not an http or https address; Provena does not follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” redirects from https to plain http (“%2”); Provena does not follow a downgrade to an unencrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” redirects in a loop: “%2” leads back to “%3”. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” redirected more than %2 times (the last to “%3”); Provena stops there. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::ImageLoadingService</name>
    <message>
        <source>No embedded thumbnail is read for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::ImageStrip</name>
    <message>
        <source>Images of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not
local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot
read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, verdict %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::LabelEditDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in sidecars: 1–64 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose label colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID must be 1–64 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID “%1” is already used; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a colour as #RRGGBB or choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::LabelsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in labels cannot be changed. Your own labels are stored in %1 and shared with provena-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About your labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your labels could not be read, so they cannot be changed here. Fix or remove the file and open this dialog again.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your labels could not be read, so they were not saved.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your labels could not be saved.
%1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x %1, y %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Auto&amp;save Interval…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus &amp;Canvas</source>
        <translation type="unfinished"></translation>
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
        <source>About Provena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Provena&lt;/b&gt; %1&lt;br&gt;Annotate news photos and their provenance.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> New: </source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor position in image pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Provena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between recovery copies of unsaved work (0 turns autosave off):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage &amp;Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s metadata has no field %1 (any more): was the file replaced?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::MergeConflictPanel</name>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict in the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict in the %1 of the text span “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::MetadataDock</name>
    <message>
        <source>EXIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMP sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Filter fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter metadata fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no EXIF, IPTC or XMP metadata. News sites and social networks often strip it on upload: its absence proves nothing, but there is no camera, date or creator record here to check the photo&apos;s origin against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata flags and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the metadata of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fields</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a local file for this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 is not available locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provena looked beside the article and in its “_files” folder. Save the image there, or attach the file you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the image from its web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the image into the article&apos;s “_files” folder and record where it came from in the chain of custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provena looked beside the article and in its “_files” folder. Fetch the image from its address, save it there, or attach the file you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provena is offline (the setting “network/offline”), so it does not fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::OpenReportBar</name>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since the annotations were saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the changed links and images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the annotations were saved: %1. Regions of changed images are marked for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved annotations could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n text link(s) re-anchored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text link(s) orphaned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) no longer in the article</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: found again by approximate match (%2 % similar), now at characters %3–%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: moved from characters %2–%3 to %4–%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: orphaned, not found in the text any more. The link is kept; unlink it in the Properties dock or link the region to new text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Image %1 changed since the annotations were saved; its %n region(s) are marked for review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded image %1 is no longer in the article; its regions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allow Images Outside the Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the images outside the article&apos;s folder for this article and reopen it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) outside the article&apos;s folder not read: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) missing, unreadable or not images: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) outside the article&apos;s folder not read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) missing, unreadable or not images</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::PillarAssessment</name>
    <message>
        <source>Provenance: is this the original?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: who captured it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: when was it captured?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: where was it captured?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation: why was it captured and released?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A %1 needs at least %2 vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polyline</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or what this shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. http://www.wikidata.org/entity/Q…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked text spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the selected span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region selected. Select one on the image or in the Regions list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One region selected. It needs review: its image changed since it was drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One region selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n regions selected; the label applies to all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Characters %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in the article text any more; the last known quote is kept. Unlink it, or link the region to the passage again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — approximate match (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found again by approximate match at characters %1–%2; check the highlighted passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One region selected. It needs review: changes merged from disk conflict with yours; keep one value of each below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::ProvenanceAssessmentWidget</name>
    <message>
        <source>Note</source>
        <translation type="unfinished">Notiz</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the text selected in the article as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale: why this verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdict&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n evidence</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a verdict first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure the verdict is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text in the article that bears on %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::ProvenanceClaim</name>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Republisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor or cropper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights and usage terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital source type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::ProvenanceClaimDialog</name>
    <message>
        <source>Add Selected &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Provenance Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Provenance Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency, newspaper or person, e.g. KCNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For agents the agency directory does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2025-08-13, 2025-08-13T10:42:00Z or 2025-08-12/2025-08-13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the agent published it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Notiz</translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note or a URL, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text in the article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a URL; write it with its scheme (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the agent: a %1 claim says who.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date: a %1 claim says when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the value: a %1 claim states it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date: write 2025-08-13, 2025-08-13T10:42:00Z or a range 2025-08-12/2025-08-13.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::ProvenanceClaimModel</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show it in the article text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show it in the Metadata dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wire service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newspaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broadcaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished">Metadaten</translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished">Bild</translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Notiz</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>software</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::ProvenanceDock</name>
    <message>
        <source>Provenance</source>
        <translation type="unfinished">Herkunft</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own agencies in %1 were not read, so only the built-in ones are recognised: %2 Fix or remove the file and reopen the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a claim of your own about this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the claim in the record, marked as disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the claim, marked as wrong: it leaves the chain of custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1: %2 — no verdict yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::ProvenanceSuggestionsView</name>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the selected suggestion as an accepted claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected suggestion is wrong; it is not proposed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the article only: the image is not a local file, so its metadata cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the article and the metadata of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the metadata of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the article only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts with another suggestion or a recorded claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All from One Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject All %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject All from One Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the releaser phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the publishing site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the image&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from other versions of the photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::RecoveryManager</name>
    <message>
        <source>Could not create the recovery folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery file for “%1”</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region still matches its changed image: clear “needs review”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Selected Text to Region</source>
        <translation>Ausgewählten Text mit Region &amp;verknüpfen</translation>
    </message>
    <message>
        <source>Select one region on the image and some text in the article, then link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection holds no words to link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n region(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no regions to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n region(s) reviewed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>provena::RegionListModel</name>
    <message>
        <source>The image changed since this region was drawn. Check it, then use Edit › Mark Region(s) Reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged changes from disk conflict with yours on %n field(s). Choose “Keep mine” or “Take theirs” in Properties.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter regions…</source>
        <translation>Regionen filtern…</translation>
    </message>
    <message>
        <source>Filter regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only regions whose image changed since they were drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only regions that need review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region list</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n Region(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n Region(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Drag</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::SidecarPull</name>
    <message>
        <source>There is no merge conflict on “%1” of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the sidecar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::ToolManager</name>
    <message>
        <source>Canvas: zoom in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas: zoom to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas: actual pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas: zoom around the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space+drag, middle drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas: pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows / Shift+Arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas: nudge selection 1 px / 10 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon: finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon: remove last vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel drawing or dragging; clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square / keep aspect ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle selection; on a polygon edge: insert vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+click on vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name new regions carry as their author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask for Label After Drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After drawing a region, choose its label in a popup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions you draw carry this name as their author. Leave it empty to use your account name (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New regions are by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region added. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::Verdict</name>
    <message>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corroborated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manipulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miscaptioned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::VersionsActionHandler</name>
    <message>
        <source>Find Other Versions in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Another &amp;Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Other Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Another Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current image has no local file to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for other versions of %1 in %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Other Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other version(s) of %1 under %2:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2; x %3, y %4, %5 × %6; scale %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    in %1, image %2: %3 [%4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other Versions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offer as Provenance Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other article shows a version of this photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer who else published this photo as republisher suggestions in the Provenance dock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>provena::XmpImportBar</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions in the image&apos;s XMP metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the regions from the image&apos;s XMP metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this offer for this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This image&apos;s XMP metadata holds %n region(s) that are not in the article yet (e.g. faces tagged in digiKam), in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n region(s); Edit › Undo takes them out again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Labels this article does not have, left without a label: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
