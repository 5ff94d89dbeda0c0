<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AgenciesCommand</name>
    <message>
        <source>(yours)</source>
        <translation>(내 항목)</translation>
    </message>
    <message>
        <source>List the agencies provenance suggestions know by name, or add and remove your own.

  agencies list [--json]
  agencies add ID --name [LANG=]NAME… [--abbr [LANG=]ABBR]… [--kind KIND]
               [--country CC] [--host HOST]… [--iri IRI]
  agencies remove ID

Names and abbreviations are English unless prefixed with a language code (&quot;ko=연합뉴스&quot;). KIND is state-media, wire-service, photo-agency, newspaper, broadcaster, government, person, organisation or unknown. Adding a built-in ID replaces that entry for you. Your agencies are stored in %1 and used by the GUI and provena-cli alike (format in docs/provenance.md).</source>
        <translation>제안에서 이름으로 인식하는 통신사를 나열하거나, 사용자 통신사를 추가 또는 제거합니다.

  agencies list [--json]
  agencies add ID --name [LANG=]NAME… [--abbr [LANG=]ABBR]… [--kind KIND]
               [--country CC] [--host HOST]… [--iri IRI]
  agencies remove ID

이름과 약어는 언어 코드를 접두사로 붙이지 않으면(&quot;ko=연합뉴스&quot;) 영어로 간주됩니다. KIND는 state-media, wire-service, photo-agency, newspaper, broadcaster, government, person, organisation 또는 unknown입니다. 기본 제공 ID를 추가하면 사용자에 한해 해당 항목이 대체됩니다. 사용자 통신사는 %1에 저장되며 GUI와 provena-cli에서 모두 사용됩니다(형식은 docs/provenance.md 참조).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Print JSON (list).</source>
        <translation>JSON으로 출력합니다(list).</translation>
    </message>
    <message>
        <source>A name, [LANG=]NAME; repeat for other languages (add).</source>
        <translation>이름, [LANG=]NAME입니다. 다른 언어는 반복하여 지정합니다(add).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>An abbreviation, [LANG=]ABBR; repeatable (add).</source>
        <translation>약어, [LANG=]ABBR입니다. 반복하여 지정할 수 있습니다(add).</translation>
    </message>
    <message>
        <source>ABBR</source>
        <translation>ABBR</translation>
    </message>
    <message>
        <source>What kind of agent it is (add).</source>
        <translation>주체의 종류입니다(add).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 country code, e.g. KP (add).</source>
        <translation>ISO 3166-1 alpha-2 국가 코드(예: KP)입니다(add).</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>A web host it publishes on; repeatable (add).</source>
        <translation>게시에 사용하는 웹 호스트입니다. 반복하여 지정할 수 있습니다(add).</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>An identifier IRI you have checked (add).</source>
        <translation>직접 확인한 식별자 IRI입니다(add).</translation>
    </message>
    <message>
        <source>IRI</source>
        <translation>IRI</translation>
    </message>
    <message>
        <source>list, add or remove</source>
        <translation>list, add 또는 remove</translation>
    </message>
    <message>
        <source>agency id (add, remove)</source>
        <translation>통신사 ID(add, remove)</translation>
    </message>
    <message>
        <source>[ID]</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <source>list takes no further arguments</source>
        <translation>list에는 추가 인수를 지정할 수 없습니다</translation>
    </message>
    <message>
        <source>unknown action “%1”</source>
        <translation>알 수 없는 동작 “%1”</translation>
    </message>
    <message>
        <source>%1 needs exactly one agency ID</source>
        <translation>%1에는 통신사 ID가 정확히 하나 필요합니다</translation>
    </message>
    <message>
        <source>agency ID “%1” must be 1–64 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>통신사 ID “%1”은(는) 소문자, 숫자, &apos;-&apos; 또는 &apos;_&apos;로 이루어진 1~64자여야 합니다</translation>
    </message>
    <message>
        <source>add needs --name</source>
        <translation>add에는 --name이 필요합니다</translation>
    </message>
    <message>
        <source>--name “%1” has no name</source>
        <translation>--name “%1”에 이름이 없습니다</translation>
    </message>
    <message>
        <source>--abbr “%1” has no abbreviation</source>
        <translation>--abbr “%1”에 약어가 없습니다</translation>
    </message>
    <message>
        <source>“%1” is not a kind; use state-media, wire-service, photo-agency, newspaper, broadcaster, government, person, organisation or unknown</source>
        <translation>“%1”은(는) 올바른 종류가 아닙니다. state-media, wire-service, photo-agency, newspaper, broadcaster, government, person, organisation 또는 unknown을 사용하십시오</translation>
    </message>
    <message>
        <source>“%1” is not one of your agencies</source>
        <translation>“%1”은(는) 사용자 통신사가 아닙니다</translation>
    </message>
</context>
<context>
    <name>AgencyDirectory</name>
    <message>
        <source>The agencies file</source>
        <translation>통신사 파일</translation>
    </message>
    <message>
        <source>The agencies file is not valid at %1: %2.</source>
        <translation>%1 위치에서 통신사 파일이 올바르지 않습니다: %2.</translation>
    </message>
    <message>
        <source>The agencies file has no &quot;agencies&quot; array; see docs/provenance.md for the format.</source>
        <translation>통신사 파일에 &quot;agencies&quot; 배열이 없습니다. 형식은 docs/provenance.md를 참조하십시오.</translation>
    </message>
    <message>
        <source>An agency at %1 is not an object.</source>
        <translation>%1의 통신사 항목이 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>The agency at %1 has no valid id (lower-case letters, digits, &quot;-&quot; and &quot;_&quot;, like &quot;kcna&quot;).</source>
        <translation>%1의 통신사에 올바른 id(&quot;kcna&quot;처럼 소문자, 숫자, &quot;-&quot;, &quot;_&quot;로 구성)가 없습니다.</translation>
    </message>
    <message>
        <source>The agency id &quot;%1&quot; occurs twice; keep one of them.</source>
        <translation>통신사 id &quot;%1&quot;이(가) 두 번 나옵니다. 하나만 남기십시오.</translation>
    </message>
    <message>
        <source>The name at %1 must be a non-empty string under a language code such as &quot;en&quot;.</source>
        <translation>%1의 이름은 &quot;en&quot; 같은 언어 코드 아래의 비어 있지 않은 문자열이어야 합니다.</translation>
    </message>
    <message>
        <source>The agency &quot;%1&quot; at %2 has no names; give at least &quot;names&quot;: {&quot;en&quot;: …}.</source>
        <translation>%2의 통신사 &quot;%1&quot;에 이름이 없습니다. 최소한 &quot;names&quot;: {&quot;en&quot;: …}을 지정하십시오.</translation>
    </message>
    <message>
        <source>The abbreviations at %1 must be an object of lists by language.</source>
        <translation>%1의 약어는 언어별 목록으로 된 객체여야 합니다.</translation>
    </message>
    <message>
        <source>The abbreviations at %1 must be a list under a language code.</source>
        <translation>%1의 약어는 언어 코드 아래의 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>The abbreviation at %1[%2] must be a non-empty string.</source>
        <translation>%1[%2]의 약어는 비어 있지 않은 문자열이어야 합니다.</translation>
    </message>
    <message>
        <source>The kind &quot;%1&quot; at %2 is not one Provena knows; use state-media, wire-service, photo-agency, newspaper, broadcaster, government, person, organisation or unknown.</source>
        <translation>%2의 종류 &quot;%1&quot;은(는) Provena가 알지 못하는 값입니다. state-media, wire-service, photo-agency, newspaper, broadcaster, government, person, organisation 또는 unknown을 사용하십시오.</translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; at %2 is not an ISO 3166-1 alpha-2 code such as &quot;KP&quot;.</source>
        <translation>%2의 국가 &quot;%1&quot;은(는) &quot;KP&quot; 같은 ISO 3166-1 alpha-2 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>The host at %1 must be a plain host name such as &quot;kcna.kp&quot;.</source>
        <translation>%1의 호스트는 &quot;kcna.kp&quot; 같은 단순 호스트 이름이어야 합니다.</translation>
    </message>
</context>
<context>
    <name>AnnotationImport</name>
    <message>
        <source>The %1 file</source>
        <translation>%1 파일</translation>
    </message>
    <message>
        <source>The %1 file is not valid JSON: %2. Check that it is the file the tool saved, complete.</source>
        <translation>%1 파일이 올바른 JSON이 아닙니다: %2. 도구에서 저장한 파일이 맞는지, 잘리지 않았는지 확인하십시오.</translation>
    </message>
    <message>
        <source>byte offset %1</source>
        <translation>바이트 오프셋 %1</translation>
    </message>
    <message>
        <source>The %1 file is not valid at %2: %3</source>
        <translation>%2 위치에서 %1 파일이 올바르지 않습니다: %3</translation>
    </message>
    <message>
        <source>The %1 file is not valid JSON: %2.</source>
        <translation>%1 파일이 올바른 JSON이 아닙니다: %2.</translation>
    </message>
    <message>
        <source>This is not a %1 file: its top level is not a JSON object.</source>
        <translation>%1 파일이 아닙니다. 최상위 수준이 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not a list of points</source>
        <translation>%1은(는) 점 목록이 아닙니다</translation>
    </message>
    <message>
        <source>%1[%2] is not a pair of numbers [x, y]</source>
        <translation>%1[%2]은(는) 숫자 쌍 [x, y]가 아닙니다</translation>
    </message>
    <message>
        <source>%1 gives the image size as %2, the size of “%3” as stored, before its EXIF orientation %4 turns it to %5 for display: the shapes were drawn on the unturned image and have been turned with it.</source>
        <translation>%1에 지정된 이미지 크기 %2은(는) 저장된 “%3”의 크기로, EXIF 방향 %4에 따라 표시용 %5(으)로 회전하기 전의 크기입니다. 도형은 회전하지 않은 이미지에 그려졌으므로 이미지와 함께 회전했습니다.</translation>
    </message>
    <message>
        <source>%1 gives the image size as %2, but “%3” is %4 as displayed: the file may belong to another version of the image; shapes outside the image are refused.</source>
        <translation>%1에 지정된 이미지 크기는 %2이지만 “%3”의 표시 크기는 %4입니다. 이미지의 다른 버전에 속한 파일일 수 있습니다. 이미지 밖의 도형은 거부됩니다.</translation>
    </message>
    <message>
        <source>%1 names the image “%2”, not “%3”: check that the file belongs to this image.</source>
        <translation>%1에 이미지 이름이 “%3”이(가) 아니라 “%2”(으)로 되어 있습니다. 파일이 이 이미지에 속한 것인지 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>ArticleCopy</name>
    <message>
        <source>The file to copy</source>
        <translation>복사할 파일</translation>
    </message>
    <message>
        <source>Provena does not save through a symbolic link. Choose another name or folder.</source>
        <translation>Provena는 심볼릭 링크를 통해 저장하지 않습니다. 다른 이름이나 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>폴더가 없습니다.</translation>
    </message>
    <message>
        <source>That is the article&apos;s own file: use File › Save to save it in place.</source>
        <translation>기사 자체의 파일입니다. 제자리에 저장하려면 파일 › 저장을 사용하십시오.</translation>
    </message>
    <message>
        <source>The article changed on disk since it was opened. Reload it, then save it under the new name.</source>
        <translation>기사를 연 후 디스크에서 기사가 변경되었습니다. 다시 불러온 후 새 이름으로 저장하십시오.</translation>
    </message>
    <message>
        <source>Could not create the folder for the article&apos;s images.</source>
        <translation>기사 이미지용 폴더를 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ArticleParser</name>
    <message>
        <source>HTML nested deeper than %1 levels at line %2: images and captions inside it are not read</source>
        <translation>%2번째 줄의 HTML이 %1단계보다 깊게 중첩되어 있습니다. 그 안의 이미지와 캡션은 읽지 않습니다</translation>
    </message>
    <message>
        <source>HTML at line %1 has %2 tags, more than the %3 Provena parses in one piece: images and captions inside it are not read</source>
        <translation>%1번째 줄의 HTML에 태그가 %2개 있어 Provena가 한 번에 파싱하는 %3개를 초과합니다. 그 안의 이미지와 캡션은 읽지 않습니다</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>%1행, %2열</translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation>바이트 %1: %2</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>텍스트 파일이 아님</translation>
    </message>
    <message>
        <source>odd number of bytes in UTF-16 text</source>
        <translation>UTF-16 텍스트의 바이트 수가 홀수임</translation>
    </message>
    <message>
        <source>NUL character at byte %1</source>
        <translation>바이트 %1에 NUL 문자가 있음</translation>
    </message>
    <message>
        <source>unpaired UTF-16 surrogate</source>
        <translation>짝이 없는 UTF-16 서로게이트</translation>
    </message>
    <message>
        <source>cannot decode %1 text</source>
        <translation>%1 텍스트를 디코딩할 수 없음</translation>
    </message>
    <message>
        <source>invalid %1 sequence</source>
        <translation>잘못된 %1 시퀀스</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>파일이 %1MiB보다 큼</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <source>UTF-32 text is not supported</source>
        <translation>UTF-32 텍스트는 지원되지 않음</translation>
    </message>
    <message>
        <source>convert the file to UTF-8</source>
        <translation>파일을 UTF-8로 변환하십시오</translation>
    </message>
    <message>
        <source>NUL byte at byte %1</source>
        <translation>바이트 %1에 NUL 바이트가 있음</translation>
    </message>
    <message>
        <source>too many control characters</source>
        <translation>제어 문자가 너무 많음</translation>
    </message>
    <message>
        <source>invalid UTF-8 sequence</source>
        <translation>잘못된 UTF-8 시퀀스</translation>
    </message>
    <message>
        <source>; looks like %1, which is not read</source>
        <translation>; %1 형식으로 보이며, 이 형식은 읽지 않음</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>해당 파일 없음</translation>
    </message>
    <message>
        <source>The article</source>
        <translation>기사</translation>
    </message>
</context>
<context>
    <name>BagVerifier</name>
    <message>
        <source>no file path after the checksum</source>
        <translation>체크섬 뒤에 파일 경로가 없음</translation>
    </message>
    <message>
        <source>“%1” is not a %2 checksum</source>
        <translation>“%1”은(는) %2 체크섬이 아님</translation>
    </message>
    <message>
        <source>the path “%1” leaves the bag</source>
        <translation>경로 “%1”이(가) 백 밖을 가리킴</translation>
    </message>
    <message>
        <source>the path “%1” is not under data/</source>
        <translation>경로 “%1”이(가) data/ 아래에 있지 않음</translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation>“%1”이(가) 두 번 나열됨</translation>
    </message>
    <message>
        <source>Line %1 of %2 is malformed: %3.</source>
        <translation>%2의 %1번째 줄 형식이 잘못되었습니다: %3.</translation>
    </message>
    <message>
        <source>The bag has no bagit.txt, so it is not a BagIt bag.</source>
        <translation>백에 bagit.txt가 없으므로 BagIt 백이 아닙니다.</translation>
    </message>
    <message>
        <source>bagit.txt must give “BagIt-Version: M.N” and “Tag-File-Character-Encoding”.</source>
        <translation>bagit.txt에 “BagIt-Version: M.N”과 “Tag-File-Character-Encoding”이 있어야 합니다.</translation>
    </message>
    <message>
        <source>%1 uses the checksum algorithm “%2”, which Provena does not know.</source>
        <translation>%1에서 Provena가 알지 못하는 체크섬 알고리즘 “%2”을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>The bag has no payload manifest (manifest-sha256.txt or another manifest-ALGORITHM.txt).</source>
        <translation>백에 페이로드 매니페스트(manifest-sha256.txt 또는 다른 manifest-ALGORITHM.txt)가 없습니다.</translation>
    </message>
    <message>
        <source>“%1”, listed in %2, is not in the bag.</source>
        <translation>%2에 나열된 “%1”이(가) 백에 없습니다.</translation>
    </message>
    <message>
        <source>The %1 checksum of “%2” does not match %3: the file was changed or damaged.</source>
        <translation>“%2”의 %1 체크섬이 %3의 값과 일치하지 않습니다. 파일이 변경되었거나 손상되었습니다.</translation>
    </message>
    <message>
        <source>“%1” is in the bag&apos;s payload but not listed in %2.</source>
        <translation>“%1”이(가) 백의 페이로드에 있지만 %2에 나열되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Payload-Oxum “%1” in bag-info.txt is not OCTETS.FILES.</source>
        <translation>bag-info.txt의 Payload-Oxum “%1”이(가) OCTETS.FILES 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>Payload-Oxum in bag-info.txt says %1 bytes in %2 files; the payload has %3 bytes in %4 files.</source>
        <translation>bag-info.txt의 Payload-Oxum에는 파일 %2개에 %1바이트로 되어 있지만, 페이로드는 파일 %4개에 %3바이트입니다.</translation>
    </message>
    <message>
        <source>The tag file “%1” is larger than %2 MiB or unreadable; it was not read, so what it says was not checked.</source>
        <translation>태그 파일 “%1”이(가) %2MiB보다 크거나 읽을 수 없어 읽지 않았으므로, 그 내용은 검사하지 않았습니다.</translation>
    </message>
    <message>
        <source>“%1” could not be read as a zip file.</source>
        <translation>“%1”을(를) zip 파일로 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>“%1”이(가) 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>The entry “%1” would not be extracted: %2.</source>
        <translation>항목 “%1”은(는) 압축 해제하지 않습니다: %2.</translation>
    </message>
    <message>
        <source>“%1” lies outside the bag&apos;s folder: a bundle holds exactly one top-level folder.</source>
        <translation>“%1”이(가) 백 폴더 밖에 있습니다. 번들에는 최상위 폴더가 정확히 하나 있어야 합니다.</translation>
    </message>
    <message>
        <source>The entry “%1” could not be read: %2</source>
        <translation>항목 “%1”을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>“%1” holds no folder; a bundle holds exactly one top-level folder.</source>
        <translation>“%1”에 폴더가 없습니다. 번들에는 최상위 폴더가 정확히 하나 있어야 합니다.</translation>
    </message>
    <message>
        <source>“%1” holds %2 top-level folders (%3); a bundle holds exactly one.</source>
        <translation>“%1”에 최상위 폴더가 %2개(%3) 있습니다. 번들에는 정확히 하나만 있어야 합니다.</translation>
    </message>
    <message>
        <source>“%1” is not a folder, so it cannot be a bag.</source>
        <translation>“%1”은(는) 폴더가 아니므로 백일 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link (to “%2”); a bag holds only files and folders.</source>
        <translation>“%1”은(는) 심볼릭 링크입니다(“%2”을(를) 가리킴). 백에는 파일과 폴더만 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>“%1” is %2; a bag holds only files and folders.</source>
        <translation>“%1”은(는) %2입니다. 백에는 파일과 폴더만 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>“%1”을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>BagWriter</name>
    <message>
        <source>the path is empty</source>
        <translation>경로가 비어 있음</translation>
    </message>
    <message>
        <source>the path must be relative and &apos;/&apos;-separated</source>
        <translation>경로는 &apos;/&apos;로 구분된 상대 경로여야 함</translation>
    </message>
    <message>
        <source>the path contains “%”, a line break or a control character</source>
        <translation>경로에 “%”, 줄 바꿈 또는 제어 문자가 있음</translation>
    </message>
    <message>
        <source>the path has an empty, “.” or “..” component</source>
        <translation>경로에 비어 있거나 “.” 또는 “..”인 구성 요소가 있음</translation>
    </message>
    <message>
        <source>Could not write “%1”: “%2” cannot name the bag&apos;s folder. Choose a file name without “/”, “%” or control characters.</source>
        <translation>“%1”을(를) 쓸 수 없습니다. “%2”은(는) 백 폴더 이름으로 사용할 수 없습니다. “/”, “%” 또는 제어 문자가 없는 파일 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>Could not write “%1”: the bagging date is not a valid date.</source>
        <translation>“%1”을(를) 쓸 수 없습니다. 백 생성 날짜가 올바른 날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>Could not write “%1”: “%2” cannot be a bag-info.txt label.</source>
        <translation>“%1”을(를) 쓸 수 없습니다. “%2”은(는) bag-info.txt 레이블로 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not write “%1”: the payload file “%2” cannot be in a bag: %3.</source>
        <translation>“%1”을(를) 쓸 수 없습니다. 페이로드 파일 “%2”은(는) 백에 넣을 수 없습니다: %3.</translation>
    </message>
    <message>
        <source>Could not write “%1”: the payload file “%2” is listed twice (or differs from another only by case).</source>
        <translation>“%1”을(를) 쓸 수 없습니다. 페이로드 파일 “%2”이(가) 두 번 나열되어 있습니다(또는 다른 파일과 대소문자만 다릅니다).</translation>
    </message>
    <message>
        <source>The export to “%1” was cancelled; nothing was written.</source>
        <translation>“%1”(으)로 내보내기가 취소되었습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <source>The export to “%1” was cancelled; nothing was written.</source>
        <translation>“%1”(으)로 내보내기가 취소되었습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Provena bundle of %n article(s): %1</source>
        <translation>
            <numerusform>기사 %n개의 Provena 번들: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles to export to “%1”.</source>
        <translation>“%1”(으)로 내보낼 기사가 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a usable bundle name: the zip&apos;s name (without .zip) names the folder inside it.</source>
        <translation>“%1”은(는) 번들 이름으로 사용할 수 없습니다. zip 이름(.zip 제외)이 그 안의 폴더 이름이 됩니다.</translation>
    </message>
    <message>
        <source>The bundle “%1” would overwrite the article it exports.</source>
        <translation>번들 “%1”이(가) 내보내는 기사를 덮어쓰게 됩니다.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder to prepare the bundle “%1”.</source>
        <translation>번들 “%1”을(를) 준비할 임시 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not write the staged file “%1”.</source>
        <translation>준비 파일 “%1”을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not encode the %1 view of “%2” as PNG.</source>
        <translation>“%2”의 %1 보기를 PNG로 인코딩할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not create the staging folder for “%1”.</source>
        <translation>“%1”의 준비 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>image %1 (%2) is not in the bundle: %3</source>
        <translation>이미지 %1(%2)이(가) 번들에 없습니다: %3</translation>
    </message>
    <message>
        <source>image %1 (%2) has no local file (not fetched yet?); it is not in the bundle, only its annotations are</source>
        <translation>이미지 %1(%2)에 로컬 파일이 없습니다(아직 가져오지 않았습니까?). 번들에는 이미지 없이 주석만 포함됩니다</translation>
    </message>
    <message>
        <source>image %1 (%2) lies outside the article&apos;s folder; it is in the bundle as “%3”</source>
        <translation>이미지 %1(%2)이(가) 기사 폴더 밖에 있습니다. 번들에는 “%3”(으)로 포함됩니다</translation>
    </message>
    <message>
        <source>image %1 (%2) changed since its regions were drawn; they are marked for review</source>
        <translation>이미지 %1(%2)이(가) 영역을 그린 후 변경되었습니다. 해당 영역은 검토 대상으로 표시됩니다</translation>
    </message>
    <message>
        <source>The XMP sidecar</source>
        <translation>XMP 사이드카 파일</translation>
    </message>
    <message>
        <source>image %1: %2; its XMP sidecar in the bundle holds only what Provena knows</source>
        <translation>이미지 %1: %2. 번들의 XMP 사이드카 파일에는 Provena가 아는 정보만 들어 있습니다</translation>
    </message>
    <message>
        <source>image %1: %2</source>
        <translation>이미지 %1: %2</translation>
    </message>
    <message>
        <source>image %1: no XMP sidecar: %2</source>
        <translation>이미지 %1: XMP 사이드카 파일 없음: %2</translation>
    </message>
    <message>
        <source>image %1 (%2): no rendering: %3</source>
        <translation>이미지 %1(%2): 렌더링 없음: %3</translation>
    </message>
    <message>
        <source>image %1, region %2: no crop: %3</source>
        <translation>이미지 %1, 영역 %2: 자르기 없음: %3</translation>
    </message>
    <message>
        <source>image %1 (%2): no forensic views: %3</source>
        <translation>이미지 %1(%2): 포렌식 보기 없음: %3</translation>
    </message>
    <message>
        <source>coco.json: %1</source>
        <translation>coco.json: %1</translation>
    </message>
    <message>
        <source>no PDF report: %1</source>
        <translation>PDF 보고서 없음: %1</translation>
    </message>
    <message>
        <source>The sidecar of “%1” cannot be read, so its annotations cannot go into the bundle: %2</source>
        <translation>“%1”의 사이드카 파일을 읽을 수 없어 주석을 번들에 넣을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the text “%1” a link was anchored to is no longer in the article; the link stays in the sidecar, orphaned</source>
        <translation>연결이 고정되어 있던 텍스트 “%1”이(가) 더 이상 기사에 없습니다. 연결은 고립된 상태로 사이드카 파일에 남습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), bundled on %1.</source>
        <translation>
            <numerusform>기사 %n개, %1에 번들로 묶음.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleImporter</name>
    <message>
        <source>Opening “%1” was cancelled; nothing was kept.</source>
        <translation>“%1” 열기가 취소되었습니다. 아무것도 보관하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The bundle “%1” was not opened: %n problem(s) found when checking it; nothing was kept.</source>
        <translation>
            <numerusform>번들 “%1”을(를) 열지 않았습니다. 검사 중 문제 %n개가 발견되었습니다. 아무것도 보관하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle “%1” holds no article with a Provena sidecar; nothing was kept.</source>
        <translation>번들 “%1”에 Provena 사이드카 파일이 있는 기사가 없습니다. 아무것도 보관하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>BundleVerifier</name>
    <message>
        <source>“%1” is not the text its sidecar “%2” was written for (its SHA-256 differs from the one recorded).</source>
        <translation>“%1”은(는) 사이드카 파일 “%2”이(가) 작성된 대상 텍스트가 아닙니다(SHA-256이 기록된 값과 다릅니다).</translation>
    </message>
    <message>
        <source>%1: the text “%2” a link was anchored to (at %3–%4) is not in the article.</source>
        <translation>%1: 연결이 고정되어 있던 텍스트 “%2”(%3–%4)이(가) 기사에 없습니다.</translation>
    </message>
    <message>
        <source>%1: image %2 (%3) is not the one its regions were drawn on: SHA-256 %4, the sidecar recorded %5.</source>
        <translation>%1: 이미지 %2(%3)은(는) 영역을 그린 이미지가 아닙니다. SHA-256은 %4이며, 사이드카 파일 기록값은 %5입니다.</translation>
    </message>
    <message>
        <source>%1: the sidecar has regions on an image the article does not reference (%2).</source>
        <translation>%1: 사이드카 파일에 기사가 참조하지 않는 이미지의 영역이 있습니다(%2).</translation>
    </message>
    <message>
        <source>%1: image %2 (%3): %4</source>
        <translation>%1: 이미지 %2(%3): %4</translation>
    </message>
    <message>
        <source>The sidecar “%1” has no article “%2” beside it.</source>
        <translation>사이드카 파일 “%1” 옆에 기사 “%2”이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder to check “%1” in.</source>
        <translation>“%1”을(를) 검사할 임시 폴더를 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>warning: XMP sidecar: %1
</source>
        <translation>경고: XMP 사이드카 파일: %1
</translation>
    </message>
    <message numerus="yes">
        <source>missing %1 argument(s)</source>
        <translation>
            <numerusform>%1 인수가 없음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expected %1, got %n argument(s)</source>
        <translation>
            <numerusform>%1이(가) 필요하지만 인수가 %n개 있음</numerusform>
        </translation>
    </message>
    <message>
        <source>Read image files the article references outside its own folder (&quot;../&quot;, absolute paths, file: URLs, links out of the folder). Without it they are reported and not read.</source>
        <translation>기사가 자신의 폴더 밖에서 참조하는 이미지 파일(&quot;../&quot;, 절대 경로, file: URL, 폴더 밖을 가리키는 링크)을 읽습니다. 지정하지 않으면 보고만 하고 읽지 않습니다.</translation>
    </message>
    <message>
        <source>The sidecar could not be read; nothing was changed. Fix it, or move it aside, and run the command again.
</source>
        <translation>사이드카 파일을 읽을 수 없어 아무것도 변경하지 않았습니다. 파일을 수정하거나 다른 곳으로 옮긴 후 명령을 다시 실행하십시오.
</translation>
    </message>
    <message>
        <source>warning: text anchor %1 (“%2”) is orphaned
</source>
        <translation>경고: 텍스트 구간 %1(“%2”)이(가) 고립되었습니다
</translation>
    </message>
    <message>
        <source>warning: image %1: %2
</source>
        <translation>경고: 이미지 %1: %2
</translation>
    </message>
    <message>
        <source>Nothing was changed.
</source>
        <translation>아무것도 변경하지 않았습니다.
</translation>
    </message>
    <message numerus="yes">
        <source>The sidecar kept changing while provena-cli saved (%n attempt(s)); nothing was changed. Run the command again when the other program has finished.
</source>
        <translation>
            <numerusform>provena-cli가 저장하는 동안 사이드카 파일이 계속 변경되어(%n회 시도) 아무것도 변경하지 않았습니다. 다른 프로그램이 작업을 마친 후 명령을 다시 실행하십시오.
</numerusform>
        </translation>
    </message>
    <message>
        <source>no region (or more than one) matches “%1”</source>
        <translation>“%1”과(와) 일치하는 영역이 없음(또는 둘 이상임)</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>오류: %1
</translation>
    </message>
    <message>
        <source>missing subcommand</source>
        <translation>하위 명령이 없습니다</translation>
    </message>
    <message>
        <source>unknown subcommand “%1”</source>
        <translation>알 수 없는 하위 명령 “%1”</translation>
    </message>
</context>
<context>
    <name>CocoExport</name>
    <message>
        <source>%1[%2] is not an object.</source>
        <translation>%1[%2]이(가) 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>%1: “id” is missing or not a whole number.</source>
        <translation>%1: “id”가 없거나 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>%1: the id %2 is already used by %3[%4].</source>
        <translation>%1: ID %2은(는) 이미 %3[%4]에서 사용 중입니다.</translation>
    </message>
    <message>
        <source>%1: “segmentation” is missing.</source>
        <translation>%1: “segmentation”이 없습니다.</translation>
    </message>
    <message>
        <source>%1: a crowd annotation (iscrowd 1) needs a run-length segmentation {&quot;counts&quot;, &quot;size&quot;}.</source>
        <translation>%1: 군집 주석(iscrowd 1)에는 런 렝스 세그멘테이션 {&quot;counts&quot;, &quot;size&quot;}가 필요합니다.</translation>
    </message>
    <message>
        <source>%1: “segmentation” must be a list of polygons when iscrowd is 0.</source>
        <translation>%1: iscrowd가 0이면 “segmentation”은 다각형 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>%1: segmentation[%2] is not a polygon: it needs an even number of at least 6 coordinates, it has %3.</source>
        <translation>%1: segmentation[%2]은(는) 다각형이 아닙니다. 짝수 개이면서 6개 이상의 좌표가 필요하지만 %3개가 있습니다.</translation>
    </message>
    <message>
        <source>values that are not numbers</source>
        <translation>숫자가 아닌 값</translation>
    </message>
    <message>
        <source>The list “%1” is missing.</source>
        <translation>“%1” 목록이 없습니다.</translation>
    </message>
    <message>
        <source>%1: “width” and “height” must be positive numbers.</source>
        <translation>%1: “width”와 “height”는 양수여야 합니다.</translation>
    </message>
    <message>
        <source>%1: “file_name” is missing or empty.</source>
        <translation>%1: “file_name”이 없거나 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1: “name” is missing or empty.</source>
        <translation>%1: “name”이 없거나 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1: image_id %2 names no image of “images”.</source>
        <translation>%1: image_id %2에 해당하는 이미지가 “images”에 없습니다.</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>%1: category_id %2 names no category of “categories”.</source>
        <translation>%1: category_id %2에 해당하는 범주가 “categories”에 없습니다.</translation>
    </message>
    <message>
        <source>%1: “iscrowd” must be 0 or 1.</source>
        <translation>%1: “iscrowd”는 0 또는 1이어야 합니다.</translation>
    </message>
    <message>
        <source>%1: “bbox” must be [x, y, width, height], four numbers.</source>
        <translation>%1: “bbox”는 숫자 네 개로 된 [x, y, width, height]여야 합니다.</translation>
    </message>
    <message>
        <source>%1: bbox [%2] has no width or no height.</source>
        <translation>%1: bbox [%2]에 너비 또는 높이가 없습니다.</translation>
    </message>
    <message>
        <source>%1: bbox [%2] is not inside image %3 (%4×%5).</source>
        <translation>%1: bbox [%2]이(가) 이미지 %3(%4×%5) 안에 있지 않습니다.</translation>
    </message>
    <message>
        <source>%1: “area” is missing or not a number of 0 or more.</source>
        <translation>%1: “area”가 없거나 0 이상의 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>%1: the area is 0 although it has a segmentation.</source>
        <translation>%1: 세그멘테이션이 있는데도 면적이 0입니다.</translation>
    </message>
</context>
<context>
    <name>CocoReader</name>
    <message>
        <source>This is not a COCO file: it has no “%1” list. Choose a COCO annotation file (with images, annotations and categories), or another --format.</source>
        <translation>COCO 파일이 아닙니다. “%1” 목록이 없습니다. COCO 주석 파일(images, annotations, categories 포함)을 선택하거나 다른 --format을 지정하십시오.</translation>
    </message>
    <message>
        <source>The COCO file has no image whose file_name is “%1”; choose one of its images by id instead.</source>
        <translation>COCO 파일에 file_name이 “%1”인 이미지가 없습니다. 대신 ID로 이미지를 선택하십시오.</translation>
    </message>
    <message>
        <source>The COCO file has no image with id %1.</source>
        <translation>COCO 파일에 ID가 %1인 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>images: %1</source>
        <translation>이미지: %1</translation>
    </message>
    <message>
        <source>The COCO file has %1 images named “%2”; choose one by id.</source>
        <translation>COCO 파일에 “%2”(이)라는 이미지가 %1개 있습니다. ID로 하나를 선택하십시오.</translation>
    </message>
    <message>
        <source>The COCO file has %1 images with id %2; it is not valid COCO.</source>
        <translation>COCO 파일에 ID가 %2인 이미지가 %1개 있습니다. 올바른 COCO가 아닙니다.</translation>
    </message>
    <message>
        <source>%1: category_id %2 is not in the file&apos;s categories</source>
        <translation>%1: category_id %2이(가) 파일의 categories에 없습니다</translation>
    </message>
    <message>
        <source>%1: a crowd annotation (iscrowd 1) is a run-length encoded bitmap; Provena has no bitmap regions</source>
        <translation>%1: 군집 주석(iscrowd 1)은 런 렝스 인코딩 비트맵입니다. Provena에는 비트맵 영역이 없습니다</translation>
    </message>
    <message>
        <source>%1: the score is not a number</source>
        <translation>%1: score가 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>%1: the segmentation is run-length encoded (a bitmap); Provena has no bitmap regions</source>
        <translation>%1: 세그멘테이션이 런 렝스 인코딩(비트맵)되어 있습니다. Provena에는 비트맵 영역이 없습니다</translation>
    </message>
    <message>
        <source>%1: the segmentation has %2 polygons (one object in several parts); Provena has no multi-part region. Split the object into one annotation per part.</source>
        <translation>%1: 세그멘테이션에 다각형이 %2개 있습니다(여러 부분으로 된 객체 하나). Provena에는 다중 부분 영역이 없습니다. 부분마다 주석 하나씩으로 객체를 나누십시오.</translation>
    </message>
    <message>
        <source>%1: segmentation[0] is not a polygon (an even number of at least 6 coordinates x1, y1, x2, y2, …)</source>
        <translation>%1: segmentation[0]이(가) 다각형(짝수 개이면서 6개 이상인 좌표 x1, y1, x2, y2, …)이 아닙니다</translation>
    </message>
    <message>
        <source>%1: there is no polygon segmentation, and the bbox is not [x, y, width, height] with a width and height of 0 or more</source>
        <translation>%1: 다각형 세그멘테이션이 없고, bbox가 너비와 높이가 0 이상인 [x, y, width, height]가 아닙니다</translation>
    </message>
    <message numerus="yes">
        <source>The keypoints of %n annotation(s) are not imported: Provena has no keypoint regions (the outline is).</source>
        <translation>
            <numerusform>주석 %n개의 키포인트는 가져오지 않습니다. Provena에는 키포인트 영역이 없습니다(윤곽선은 가져옵니다).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionConflicts</name>
    <message>
        <source>There is no merge conflict on “%1” of %2.</source>
        <translation>%2의 “%1”에는 병합 충돌이 없습니다.</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>이미지 %1</translation>
    </message>
    <message>
        <source>Claim “%1” (%2) on image %3</source>
        <translation>이미지 %3의 출처 주장 “%1”(%2)</translation>
    </message>
    <message>
        <source>Label “%1”</source>
        <translation>레이블 “%1”</translation>
    </message>
    <message>
        <source>An item no longer in the sidecar (%1)</source>
        <translation>사이드카 파일에 더 이상 없는 항목(%1)</translation>
    </message>
    <message>
        <source>The article’s sidecar</source>
        <translation>기사의 사이드카 파일</translation>
    </message>
    <message>
        <source>Their value cannot be taken: %1</source>
        <translation>상대 값을 사용할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>ConflictsCommand</name>
    <message>
        <source>Merge conflicts to resolve (provena-cli conflicts resolve ARTICLE --item ITEM --field F --take ours|theirs):</source>
        <translation>해결할 병합 충돌(provena-cli conflicts resolve ARTICLE --item ITEM --field F --take ours|theirs):</translation>
    </message>
    <message>
        <source>%1, %2: mine %3 | theirs %4</source>
        <translation>%1, %2: 내 버전 %3 | 상대 버전 %4</translation>
    </message>
    <message>
        <source>Resolve a merge conflict marked on the collection (a claim, an image, a label definition or a field of the sidecar both sides of a merge changed, as `inspect` lists it) and save the sidecar: --take ours keeps the value the article has, --take theirs sets the other side&apos;s. Prints the item.</source>
        <translation>컬렉션에 표시된 병합 충돌(병합의 양쪽이 모두 바꾼 출처 주장, 이미지, 레이블 정의 또는 사이드카 파일의 필드로, `inspect`가 나열하는 것)을 해결하고 사이드카 파일을 저장합니다. --take ours는 기사의 값을 유지하고, --take theirs는 상대 쪽 값을 설정합니다. 항목을 출력합니다.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>The item as `inspect` lists it (a claim also by its id).</source>
        <translation>`inspect`가 나열하는 항목입니다(출처 주장은 ID로도 지정 가능).</translation>
    </message>
    <message>
        <source>The conflicting field, e.g. status.</source>
        <translation>충돌한 필드입니다(예: status).</translation>
    </message>
    <message>
        <source>ours or theirs.</source>
        <translation>ours 또는 theirs입니다.</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>기사 파일입니다.</translation>
    </message>
    <message>
        <source>--item, --field and --take ours|theirs are required</source>
        <translation>--item, --field, --take ours|theirs가 필요합니다</translation>
    </message>
    <message>
        <source>Usage: %1 resolve ARTICLE --item ITEM --field F --take ours|theirs
`%2 inspect ARTICLE` lists the conflicts to resolve.
</source>
        <translation>사용법: %1 resolve ARTICLE --item ITEM --field F --take ours|theirs
`%2 inspect ARTICLE`가 해결할 충돌을 나열합니다.
</translation>
    </message>
</context>
<context>
    <name>CopyMoveDetector</name>
    <message>
        <source>Copy-move detection failed on this image.</source>
        <translation>이 이미지에서 복사-이동 탐지에 실패했습니다.</translation>
    </message>
    <message>
        <source>There is no image to analyse.</source>
        <translation>분석할 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>Not enough memory for copy-move detection on this image.</source>
        <translation>이 이미지에서 복사-이동 탐지를 수행할 메모리가 부족합니다.</translation>
    </message>
</context>
<context>
    <name>DocumentIO</name>
    <message>
        <source>The sidecar</source>
        <translation>사이드카 파일</translation>
    </message>
    <message>
        <source>“%1” was created by another program after Provena opened the article, so Provena saved nothing and left it as it is. Reload to see it, or save your version under another name.</source>
        <translation>Provena가 기사를 연 후 다른 프로그램이 “%1”을(를) 만들었으므로, Provena는 아무것도 저장하지 않고 그대로 두었습니다. 다시 불러와서 확인하거나 내 버전을 다른 이름으로 저장하십시오.</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved by another program after Provena read it, so Provena saved nothing. Reload, or save your version under another name.</source>
        <translation>Provena가 “%1”을(를) 읽은 후 다른 프로그램이 이 파일을 삭제하거나 이동했으므로, Provena는 아무것도 저장하지 않았습니다. 다시 불러오거나 내 버전을 다른 이름으로 저장하십시오.</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program after Provena read it, so Provena saved nothing and did not overwrite it. Reload to see the other version, or save yours under another name.</source>
        <translation>Provena가 “%1”을(를) 읽은 후 다른 프로그램이 디스크에서 이 파일을 변경했으므로, Provena는 아무것도 저장하지 않았고 덮어쓰지도 않았습니다. 다시 불러와서 다른 버전을 확인하거나 내 버전을 다른 이름으로 저장하십시오.</translation>
    </message>
    <message>
        <source>The image “%1” the annotations were made on is not there any more (the sidecar recorded it as “%2”). Put it back, or attach a local copy.</source>
        <translation>주석을 작성한 이미지 “%1”이(가) 더 이상 없습니다(사이드카 파일에는 “%2”(으)로 기록됨). 이미지를 되돌려 놓거나 로컬 사본을 첨부하십시오.</translation>
    </message>
    <message>
        <source>no local file</source>
        <translation>로컬 파일 없음</translation>
    </message>
    <message>
        <source>The existing sidecar could not be read, so Provena will not overwrite it. Keep a copy of it first (&quot;Save and keep the broken file&quot;).</source>
        <translation>기존 사이드카 파일을 읽을 수 없으므로 Provena는 이를 덮어쓰지 않습니다. 먼저 사본을 보관하십시오(&quot;저장하고 손상된 파일 보관&quot;).</translation>
    </message>
    <message>
        <source>The broken sidecar</source>
        <translation>손상된 사이드카 파일</translation>
    </message>
    <message>
        <source>Could not keep a copy of the broken sidecar.</source>
        <translation>손상된 사이드카 파일의 사본을 보관할 수 없습니다.</translation>
    </message>
    <message>
        <source>The image “%1” is not there (%2). Put it back, or attach a local copy.</source>
        <translation>이미지 “%1”이(가) 없습니다(%2). 이미지를 되돌려 놓거나 로컬 사본을 첨부하십시오.</translation>
    </message>
    <message>
        <source>The image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Could not read the image “%1” (%2). Check that the file is readable, or move it away.</source>
        <translation>이미지 “%1”을(를) 읽을 수 없습니다(%2). 파일을 읽을 수 있는지 확인하거나 다른 곳으로 옮기십시오.</translation>
    </message>
    <message>
        <source>“%1” is not an image Provena can read (%2), so it was not hashed. Replace it with the image, or attach the right file.</source>
        <translation>“%1”은(는) Provena가 읽을 수 있는 이미지가 아니므로(%2) 해시를 계산하지 않았습니다. 이미지로 교체하거나 올바른 파일을 첨부하십시오.</translation>
    </message>
    <message>
        <source>Could not read the image “%1” to check it against the annotations (%2). Check that the file is readable, or move it away and open again.</source>
        <translation>주석과 대조하기 위해 이미지 “%1”을(를) 읽을 수 없습니다(%2). 파일을 읽을 수 있는지 확인하거나, 다른 곳으로 옮긴 후 다시 여십시오.</translation>
    </message>
    <message>
        <source>The image “%1” lies outside the article&apos;s folder (%2), so Provena did not read it. Move it into the folder, or allow images outside the folder for this article.</source>
        <translation>이미지 “%1”이(가) 기사 폴더 밖에 있으므로(%2) Provena가 읽지 않았습니다. 폴더 안으로 옮기거나, 이 기사에 대해 폴더 밖의 이미지를 허용하십시오.</translation>
    </message>
    <message>
        <source>The image “%1” is not in the article&apos;s folder. Put it there, or fix the reference.</source>
        <translation>이미지 “%1”이(가) 기사 폴더에 없습니다. 폴더에 넣거나 참조를 수정하십시오.</translation>
    </message>
</context>
<context>
    <name>EvidenceGroups</name>
    <message>
        <source>Who made and released it</source>
        <translation>제작 및 배포 주체</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>캡션</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>권리</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Software and editing history</source>
        <translation>소프트웨어 및 편집 이력</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Document identifiers</source>
        <translation>문서 식별자</translation>
    </message>
</context>
<context>
    <name>ExifThumbnailReader</name>
    <message>
        <source>Could not read the EXIF thumbnail of “%1”: the file is damaged or not an image format Provena knows.</source>
        <translation>“%1”의 EXIF 썸네일을 읽을 수 없습니다. 파일이 손상되었거나 Provena가 알지 못하는 이미지 형식입니다.</translation>
    </message>
    <message>
        <source>“%1” has no embedded EXIF thumbnail.</source>
        <translation>“%1”에 내장된 EXIF 썸네일이 없습니다.</translation>
    </message>
    <message>
        <source>The image</source>
        <translation>이미지</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>--forensics: “%1” is not a view (ela, noise, gradient, copymove)</source>
        <translation>--forensics: “%1”은(는) 보기가 아닙니다(ela, noise, gradient, copymove)</translation>
    </message>
    <message>
        <source>--forensics: no view named (ela, noise, gradient, copymove)</source>
        <translation>--forensics: 지정한 보기가 없습니다(ela, noise, gradient, copymove)</translation>
    </message>
    <message>
        <source>preparing %1/%2: %3</source>
        <translation>준비 중 %1/%2: %3</translation>
    </message>
    <message>
        <source>writing %1 of %2 MB</source>
        <translation>%2MB 중 %1MB 쓰는 중</translation>
    </message>
    <message>
        <source>Export articles with their annotations, images, XMP sidecars, renderings, crops, COCO file and report as one BagIt bag inside a zip (docs/bundles.md). A folder argument stands for the articles directly in it (.md, .markdown, .mdown, .mkd, .txt, .text; not its subfolders).
Exit 0: the bundle was written (warnings, if any, on stderr); 2: an article or its sidecar could not be read, or the zip could not be written (nothing is left at its path); 64: bad command line.</source>
        <translation>기사를 주석, 이미지, XMP 사이드카 파일, 렌더링, 자르기, COCO 파일, 보고서와 함께 zip 안의 BagIt 백 하나로 내보냅니다(docs/bundles.md). 폴더 인수는 해당 폴더에 바로 들어 있는 기사(.md, .markdown, .mdown, .mkd, .txt, .text, 하위 폴더 제외)를 뜻합니다.
종료 코드 0: 번들을 씀(경고가 있으면 stderr에 출력), 2: 기사 또는 사이드카 파일을 읽을 수 없거나 zip을 쓸 수 없음(해당 경로에 아무것도 남지 않음), 64: 잘못된 명령줄.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>The bundle to write (.zip).</source>
        <translation>쓸 번들(.zip)입니다.</translation>
    </message>
    <message>
        <source>The Bagging-Date and every entry&apos;s time (default: today, UTC); the same inputs and date give the same zip.</source>
        <translation>Bagging-Date 및 모든 항목의 시각입니다(기본값: 오늘, UTC). 입력과 날짜가 같으면 같은 zip이 생성됩니다.</translation>
    </message>
    <message>
        <source>No renderings or crops.</source>
        <translation>렌더링 및 자르기를 포함하지 않습니다.</translation>
    </message>
    <message>
        <source>No PDF of the report.</source>
        <translation>보고서 PDF를 포함하지 않습니다.</translation>
    </message>
    <message>
        <source>bag-info Source-Organization (default: bundle/sourceOrganization in Provena.conf).</source>
        <translation>bag-info Source-Organization입니다(기본값: Provena.conf의 bundle/sourceOrganization).</translation>
    </message>
    <message>
        <source>bag-info Contact-Name (default: bundle/contactName).</source>
        <translation>bag-info Contact-Name입니다(기본값: bundle/contactName).</translation>
    </message>
    <message>
        <source>bag-info Contact-Email (default: bundle/contactEmail).</source>
        <translation>bag-info Contact-Email입니다(기본값: bundle/contactEmail).</translation>
    </message>
    <message>
        <source>bag-info External-Description (default: the number of articles and their titles).</source>
        <translation>bag-info External-Description입니다(기본값: 기사 수와 제목).</translation>
    </message>
    <message>
        <source>Also write forensic views of every image as forensics/IMAGE-VIEW.png, listed in the report (aids, not a verdict). VIEWS: a comma-separated list of ela, noise, gradient, copymove; --forensics alone means ela,noise,gradient.</source>
        <translation>모든 이미지의 포렌식 보기도 forensics/IMAGE-VIEW.png로 쓰고 보고서에 나열합니다(판정이 아닌 보조 자료). VIEWS: ela, noise, gradient, copymove를 쉼표로 구분한 목록입니다. --forensics만 지정하면 ela,noise,gradient를 뜻합니다.</translation>
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation>쓴 내용을 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Article files or folders of articles.</source>
        <translation>기사 파일 또는 기사가 들어 있는 폴더입니다.</translation>
    </message>
    <message>
        <source>no ARTICLE given</source>
        <translation>ARTICLE을 지정하지 않았습니다</translation>
    </message>
    <message>
        <source>-o BUNDLE.zip is required</source>
        <translation>-o BUNDLE.zip이 필요합니다</translation>
    </message>
    <message>
        <source>--date: “%1” is not a date as YYYY-MM-DD</source>
        <translation>--date: “%1”은(는) YYYY-MM-DD 형식의 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>%1: no articles (.md, .txt, …) in this folder.
</source>
        <translation>%1: 이 폴더에 기사(.md, .txt, …)가 없습니다.
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>경고: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n article(s), %2 files, %3 MB of payload, %4 MB zip (bag “%5”)
</source>
        <translation>
            <numerusform>%1: 기사 %n개, 파일 %2개, 페이로드 %3MB, zip %4MB(백 “%5”)
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FaceDetector</name>
    <message>
        <source>Face detection in “%1” was cancelled.</source>
        <translation>“%1”의 얼굴 감지가 취소되었습니다.</translation>
    </message>
    <message>
        <source>The face detector file “%1” could not be read. Reinstall the opencv-data package.</source>
        <translation>얼굴 감지기 파일 “%1”을(를) 읽을 수 없습니다. opencv-data 패키지를 다시 설치하십시오.</translation>
    </message>
    <message>
        <source>Face detection needs the file “%1”, which is not installed. Install the opencv-data package, or set %2 to a folder holding it.</source>
        <translation>얼굴 감지에 필요한 파일 “%1”이(가) 설치되어 있지 않습니다. opencv-data 패키지를 설치하거나, %2을(를) 해당 파일이 있는 폴더로 설정하십시오.</translation>
    </message>
    <message>
        <source>There is no picture in “%1” to look for faces in.</source>
        <translation>“%1”에 얼굴을 찾을 그림이 없습니다.</translation>
    </message>
    <message>
        <source>Face detection failed on “%1”.</source>
        <translation>“%1”에서 얼굴 감지에 실패했습니다.</translation>
    </message>
    <message>
        <source>Not enough memory to look for faces in “%1”.</source>
        <translation>“%1”에서 얼굴을 찾을 메모리가 부족합니다.</translation>
    </message>
</context>
<context>
    <name>FacesCommand</name>
    <message>
        <source>Image %1 has no local file to look for faces in: fetch it first (provena-cli fetch) or attach a copy.</source>
        <translation>이미지 %1에 얼굴을 찾을 로컬 파일이 없습니다. 먼저 가져오거나(provena-cli fetch) 사본을 첨부하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>image %1 (%2): %n new face(s)</source>
        <translation>
            <numerusform>이미지 %1(%2): 새 얼굴 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already annotated</source>
        <translation>
            <numerusform>, 이미 주석 있음 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>votes %1</source>
        <translation>득표 %1</translation>
    </message>
    <message>
        <source>(profile)</source>
        <translation>(측면)</translation>
    </message>
    <message>
        <source>→ person region %1</source>
        <translation>→ 인물 영역 %1</translation>
    </message>
    <message>
        <source>Look for faces in the article&apos;s images (Haar cascades from opencv-data) and print them as suggestions in image pixels. Faces that a person region already covers are not offered again. With --accept, every suggestion becomes a person region (one undo step) and the sidecar is saved.</source>
        <translation>기사의 이미지에서 얼굴을 찾아(opencv-data의 Haar 캐스케이드) 이미지 픽셀 좌표의 제안으로 출력합니다. 이미 인물 영역으로 덮인 얼굴은 다시 제안하지 않습니다. --accept를 지정하면 모든 제안이 인물 영역이 되고(실행 취소 한 단계) 사이드카 파일이 저장됩니다.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Only image N, from 1 in article order.</source>
        <translation>이미지 N만 처리합니다(기사 순서로 1부터).</translation>
    </message>
    <message>
        <source>Add every suggestion as a person region and save.</source>
        <translation>모든 제안을 인물 영역으로 추가하고 저장합니다.</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-faces/1, see docs/cli.md).</source>
        <translation>JSON으로 출력합니다(스키마 provena-faces/1, docs/cli.md 참조).</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>기사 파일입니다.</translation>
    </message>
    <message>
        <source>--image takes a number, from 1</source>
        <translation>--image에는 1부터 시작하는 숫자를 지정해야 합니다</translation>
    </message>
    <message numerus="yes">
        <source>the article has %n image(s); there is no image %1</source>
        <translation>
            <numerusform>기사에 이미지가 %n개 있습니다. 이미지 %1은(는) 없습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>provena-cli faces: image %1: %2
</source>
        <translation>provena-cli faces: 이미지 %1: %2
</translation>
    </message>
    <message>
        <source>Who is annotating (default: your name in Preferences, else $USER).</source>
        <translation>주석 작성자입니다(기본값: 환경 설정의 이름, 없으면 $USER).</translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message>
        <source>--image takes a number from 1</source>
        <translation>--image에는 1부터 시작하는 숫자를 지정해야 합니다</translation>
    </message>
    <message>
        <source>--max-size takes a number of MB above 0</source>
        <translation>--max-size에는 0보다 큰 MB 단위 숫자를 지정해야 합니다</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds above 0 (at most 3600)</source>
        <translation>--timeout에는 0보다 큰 초 단위 숫자를 지정해야 합니다(최대 3600)</translation>
    </message>
    <message>
        <source>image %1: %2 of %3 KB</source>
        <translation>이미지 %1: %3KB 중 %2KB</translation>
    </message>
    <message>
        <source>image %1: %2 KB</source>
        <translation>이미지 %1: %2KB</translation>
    </message>
    <message>
        <source>Fetch the images the article names by http or https URL and has no local file of, into the folder STEM_files/ beside it, and record for each a &quot;retrieved&quot; custody event (final URL, HTTP status and headers, size, SHA-256) in the sidecar. Prints one line per image saved; refusals go to stderr.</source>
        <translation>기사가 http 또는 https URL로 참조하지만 로컬 파일이 없는 이미지를 기사 옆의 STEM_files/ 폴더로 가져오고, 각 이미지에 대해 &quot;retrieved&quot; 관리 이벤트(최종 URL, HTTP 상태 및 헤더, 크기, SHA-256)를 사이드카 파일에 기록합니다. 저장한 이미지마다 한 줄씩 출력하며, 거부된 항목은 stderr로 출력합니다.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Only image N (from 1, in article order).</source>
        <translation>이미지 N만 처리합니다(기사 순서로 1부터).</translation>
    </message>
    <message>
        <source>No network access: every fetch is refused (as with the setting network/offline).</source>
        <translation>네트워크에 접근하지 않습니다. 모든 가져오기가 거부됩니다(network/offline 설정과 동일).</translation>
    </message>
    <message>
        <source>The most a download may be, in MB (default 100, or network/maxDownloadMB).</source>
        <translation>다운로드할 수 있는 최대 크기(MB)입니다(기본값 100 또는 network/maxDownloadMB).</translation>
    </message>
    <message>
        <source>Give up when the server does not answer, or sends nothing, for this long (default 15 s to answer, 30 s between data).</source>
        <translation>서버가 이 시간 동안 응답하지 않거나 아무것도 보내지 않으면 중단합니다(기본값: 응답 15초, 데이터 간격 30초).</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>기사 파일입니다.</translation>
    </message>
    <message numerus="yes">
        <source>image %1 does not exist: the article has %n image(s)</source>
        <translation>
            <numerusform>이미지 %1이(가) 없습니다. 기사에는 이미지가 %n개 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>image %1: it already has a local file, “%2”; nothing to fetch.
</source>
        <translation>이미지 %1: 이미 로컬 파일 “%2”이(가) 있습니다. 가져올 것이 없습니다.
</translation>
    </message>
    <message>
        <source>image %1: “%2” is not an http or https address; Provena fetches nothing else.
</source>
        <translation>이미지 %1: “%2”은(는) http 또는 https 주소가 아닙니다. Provena는 그 밖의 주소에서는 가져오지 않습니다.
</translation>
    </message>
    <message>
        <source>Nothing to fetch: every image has a local file or no http(s) address.
</source>
        <translation>가져올 것이 없습니다. 모든 이미지에 로컬 파일이 있거나 http(s) 주소가 없습니다.
</translation>
    </message>
    <message>
        <source>image %1: %2
</source>
        <translation>이미지 %1: %2
</translation>
    </message>
    <message>
        <source>image %1: already there %2 (%3 bytes, sha256 %4), same as %5
</source>
        <translation>이미지 %1: 이미 %2이(가) 있음(%3바이트, sha256 %4), %5과(와) 동일
</translation>
    </message>
    <message>
        <source>image %1: saved %2 (%3 bytes, sha256 %4) from %5
</source>
        <translation>이미지 %1: %5에서 %2 저장함(%3바이트, sha256 %4)
</translation>
    </message>
</context>
<context>
    <name>FileAccess</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Check that you may open the folders on its path.</source>
        <translation>%1에 접근할 수 없습니다. 경로상의 폴더를 열 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 cannot be reached.</source>
        <translation>%1에 접근할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is a link to “%2”, which does not exist.</source>
        <translation>%1은(는) 존재하지 않는 “%2”에 대한 링크입니다.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <source> (it links to “%1”)</source>
        <translation> (“%1”을(를) 가리키는 링크)</translation>
    </message>
    <message>
        <source>%1 is %2%3: Provena reads only regular files. Open the file itself, or save its content as a regular file first.</source>
        <translation>%1은(는) %2%3입니다. Provena는 일반 파일만 읽습니다. 파일 자체를 열거나, 먼저 내용을 일반 파일로 저장하십시오.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation>일반 파일</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>명명된 파이프(FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>문자 장치</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>블록 장치</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>일반 파일이 아님</translation>
    </message>
    <message>
        <source>%1 could not be opened. Check that you may read it.</source>
        <translation>%1을(를) 열 수 없습니다. 읽기 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>“%1”을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation>“%1”을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most Provena reads of it.</source>
        <translation>%1이(가) Provena가 읽을 수 있는 최대 크기인 %2보다 큽니다.</translation>
    </message>
</context>
<context>
    <name>FindVersionsCommand</name>
    <message>
        <source>in %1, image %2</source>
        <translation>%1, 이미지 %2</translation>
    </message>
    <message>
        <source>caption: %1</source>
        <translation>캡션: %1</translation>
    </message>
    <message>
        <source>credit: %1</source>
        <translation>크레딧: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n other version(s) under %1</source>
        <translation>
            <numerusform>%1 아래의 다른 버전 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>dHash distance %1 (mirrored %2), found by %3</source>
        <translation>dHash 거리 %1(좌우 반전 %2), %3(으)로 발견</translation>
    </message>
    <message>
        <source>Index: %1 images (%2 hashed now, %3 from the cache, %4 gone)%5</source>
        <translation>색인: 이미지 %1개(이번에 해시 계산 %2개, 캐시에서 %3개, 사라짐 %4개)%5</translation>
    </message>
    <message>
        <source>; rebuilt: %1</source>
        <translation>; 다시 만듦: %1</translation>
    </message>
    <message>
        <source>Compared: %1 by close hashes, %2 by features alone; %3 beyond the budget</source>
        <translation>비교: 근접 해시로 %1개, 특징만으로 %2개, 한도 초과 %3개</translation>
    </message>
    <message>
        <source>Find every other version of IMAGE under DIR: re-encodes, crops, scaled and mirrored copies, with the articles (.md, .txt) that show them, their captions and credits. The perceptual hashes of DIR&apos;s images are cached in DIR/.provena/versions-index.json and only new or changed files are hashed again.</source>
        <translation>DIR 아래에서 IMAGE의 다른 모든 버전(재인코딩, 자르기, 크기 조정 및 좌우 반전 사본)을 찾고, 이를 보여 주는 기사(.md, .txt)와 캡션, 크레딧을 함께 표시합니다. DIR 이미지의 지각 해시는 DIR/.provena/versions-index.json에 캐시되며, 새 파일이나 변경된 파일만 다시 해시합니다.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-versions/1, see docs/cli.md).</source>
        <translation>JSON으로 출력합니다(스키마 provena-versions/1, docs/cli.md 참조).</translation>
    </message>
    <message>
        <source>Compare at most N images whose hashes differ by features (crops); default 200.</source>
        <translation>해시가 다른 이미지를 특징으로 비교할(자르기 탐지) 최대 개수 N입니다. 기본값은 200입니다.</translation>
    </message>
    <message>
        <source>Also offer each other appearance as a provenance suggestion (republisher, with the other file and the match as evidence). Nothing is recorded.</source>
        <translation>다른 각 게재 사례를 출처 제안(재게시처, 다른 파일과 일치 결과를 증거로 포함)으로도 제시합니다. 아무것도 기록하지 않습니다.</translation>
    </message>
    <message>
        <source>The image whose versions to find.</source>
        <translation>버전을 찾을 이미지입니다.</translation>
    </message>
    <message>
        <source>The folder to search, recursively.</source>
        <translation>재귀적으로 검색할 폴더입니다.</translation>
    </message>
    <message>
        <source>--feature-budget needs a whole number of images, 0 or more.</source>
        <translation>--feature-budget에는 0 이상의 정수(이미지 수)를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Provenance suggestions (not recorded; accept them in the Provenance dock):</source>
        <translation>출처 제안(기록되지 않음, 출처 패널에서 수락하십시오):</translation>
    </message>
</context>
<context>
    <name>ForensicView</name>
    <message>
        <source>Unknown forensic view.</source>
        <translation>알 수 없는 포렌식 보기입니다.</translation>
    </message>
    <message>
        <source>Error level analysis</source>
        <translation>오류 수준 분석</translation>
    </message>
    <message>
        <source>Noise residual</source>
        <translation>노이즈 잔차</translation>
    </message>
    <message>
        <source>Luminance gradient</source>
        <translation>휘도 그레이디언트</translation>
    </message>
    <message>
        <source>Copy-move (clones)</source>
        <translation>복사-이동(복제)</translation>
    </message>
    <message>
        <source>Bright areas changed more when the photo was saved again as JPEG; an area brighter or darker than similar surroundings may have another history. Edges and fine texture are always bright.</source>
        <translation>사진을 JPEG로 다시 저장할 때 더 많이 변한 영역이 밝게 표시됩니다. 비슷한 주변보다 밝거나 어두운 영역은 다른 이력을 가졌을 수 있습니다. 가장자리와 미세한 질감은 항상 밝게 표시됩니다.</translation>
    </message>
    <message>
        <source>The fine noise left after a median filter; an area with a different noise texture may come from another camera or have been retouched.</source>
        <translation>미디언 필터를 적용한 후 남은 미세 노이즈입니다. 노이즈 질감이 다른 영역은 다른 카메라에서 왔거나 리터칭되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>Edge strength of the brightness; pasted objects can have edges sharper or softer than the rest of the photo.</source>
        <translation>밝기의 가장자리 강도입니다. 붙여 넣은 객체는 사진의 나머지 부분보다 가장자리가 더 선명하거나 흐릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Pairs of areas that look copied one onto the other (cyan and magenta). Repeating things such as windows, tiles or crowds match too.</source>
        <translation>서로 복사된 것처럼 보이는 영역 쌍입니다(청록색과 자홍색). 창문, 타일, 군중처럼 반복되는 대상도 일치할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ForensicsCommand</name>
    <message>
        <source>Could not encode the view as PNG for “%1”.</source>
        <translation>“%1”의 보기를 PNG로 인코딩할 수 없습니다.</translation>
    </message>
    <message>
        <source>Compute a forensic view of an image: error level analysis (ela), noise residual (noise), luminance gradient (gradient) or copy-move clone detection (copymove). These are aids: they show evidence, they do not say an image is fake.
Exit 0: the view was computed (copymove: no cloned areas found); 1: copymove found cloned areas; 2: the image could not be read or the output not written; 64: bad command line.</source>
        <translation>이미지의 포렌식 보기를 계산합니다: 오류 수준 분석(ela), 노이즈 잔차(noise), 휘도 그레이디언트(gradient) 또는 복사-이동 복제 탐지(copymove). 이는 보조 도구로, 증거를 보여 줄 뿐 이미지가 가짜라고 판정하지 않습니다.
종료 코드 0: 보기를 계산함(copymove: 복제 영역 없음), 1: copymove에서 복제 영역을 찾음, 2: 이미지를 읽을 수 없거나 출력을 쓸 수 없음, 64: 잘못된 명령줄.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>ela, noise, gradient or copymove.</source>
        <translation>ela, noise, gradient 또는 copymove입니다.</translation>
    </message>
    <message>
        <source>ela: the JPEG quality to recompress at, 1–100 (default 90).</source>
        <translation>ela: 다시 압축할 JPEG 품질, 1–100입니다(기본값 90).</translation>
    </message>
    <message>
        <source>ela and noise: the factor on the difference (default 20 for ela, 10 for noise).</source>
        <translation>ela 및 noise: 차이에 곱할 배율입니다(기본값 ela 20, noise 10).</translation>
    </message>
    <message>
        <source>Write the view as a PNG (copymove: the photo with the areas outlined).</source>
        <translation>보기를 PNG로 씁니다(copymove: 영역의 윤곽을 표시한 사진).</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-forensics/1, see docs/cli.md).</source>
        <translation>JSON으로 출력합니다(스키마 provena-forensics/1, docs/cli.md 참조).</translation>
    </message>
    <message>
        <source>The image file.</source>
        <translation>이미지 파일입니다.</translation>
    </message>
    <message>
        <source>--view is required (ela, noise, gradient or copymove).</source>
        <translation>--view가 필요합니다(ela, noise, gradient 또는 copymove).</translation>
    </message>
    <message>
        <source>Unknown view “%1”: use ela, noise, gradient or copymove.</source>
        <translation>알 수 없는 보기 “%1”: ela, noise, gradient 또는 copymove를 사용하십시오.</translation>
    </message>
    <message>
        <source>--quality must be a whole number from 1 to 100, not “%1”.</source>
        <translation>--quality는 1에서 100 사이의 정수여야 합니다(“%1”이(가) 아님).</translation>
    </message>
    <message>
        <source>--amplification must be a number above 0 and at most 1000, not “%1”.</source>
        <translation>--amplification은 0보다 크고 1000 이하인 숫자여야 합니다(“%1”이(가) 아님).</translation>
    </message>
    <message>
        <source>No cloned areas found.</source>
        <translation>복제된 영역이 없습니다.</translation>
    </message>
    <message>
        <source>%1,%2 %3×%4 ↔ %5,%6 %7×%8 (%9 matching keypoints)</source>
        <translation>%1,%2 %3×%4 ↔ %5,%6 %7×%8(일치하는 키포인트 %9개)</translation>
    </message>
    <message>
        <source>Mean level %1, maximum %2 (0–255).</source>
        <translation>평균 수준 %1, 최대 %2(0–255).</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>%1에 썼습니다.</translation>
    </message>
    <message>
        <source>An aid: it shows evidence, it does not say the image is fake.</source>
        <translation>보조 자료입니다. 증거를 보여 줄 뿐 이미지가 가짜라고 판정하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>GitSetupCommand</name>
    <message>
        <source>git was not found on PATH; install git (Debian: apt install git).</source>
        <translation>PATH에서 git을 찾을 수 없습니다. git을 설치하십시오(Debian: apt install git).</translation>
    </message>
    <message>
        <source>git %1 failed.</source>
        <translation>git %1 실패.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>A folder inside the repository (default: the current one).</source>
        <translation>저장소 안의 폴더입니다(기본값: 현재 폴더).</translation>
    </message>
    <message>
        <source>%1: not inside a git repository (%2)
</source>
        <translation>%1: git 저장소 안에 있지 않습니다(%2)
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
        <translation>%1: “%2” 추가함
</translation>
    </message>
    <message>
        <source>%1: already has “%2”
</source>
        <translation>%1: 이미 “%2”이(가) 있음
</translation>
    </message>
    <message>
        <source>Install provena-cli merge as the merge driver of sidecars (*.provena.jsonld) in a git repository: merge.provena.driver and merge.provena.name in the repository&apos;s config (through git config), the line “%1” in .gitattributes at its top, and “%2” in its .gitignore (the sidecar&apos;s backup and save lock), each when missing. Running it again changes nothing.
Exit 0: done; 2: not a git repository, or git or the file could not be run or written.</source>
        <translation>git 저장소에서 provena-cli merge를 사이드카 파일(*.provena.jsonld)의 병합 드라이버로 설치합니다. 저장소 설정에 merge.provena.driver와 merge.provena.name을 추가하고(git config 사용), 최상위 .gitattributes에 “%1” 줄을, .gitignore에 “%2”(사이드카 파일의 백업과 저장 잠금)를 각각 없을 때만 추가합니다. 다시 실행해도 아무것도 바뀌지 않습니다.
종료 코드 0: 완료, 2: git 저장소가 아니거나 git을 실행할 수 없거나 파일을 쓸 수 없음.</translation>
    </message>
</context>
<context>
    <name>ImageDecoder</name>
    <message>
        <source>“%1” is a damaged PNG image: a part of it claims more data than the file holds. Fetch the image again or re-save it with an image editor.</source>
        <translation>“%1”은(는) 손상된 PNG 이미지입니다. 일부분이 파일에 들어 있는 것보다 많은 데이터를 가리킵니다. 이미지를 다시 가져오거나 이미지 편집기로 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>“%1” is not an image Provena can read. Check that the file is complete and really is a JPEG, PNG, GIF or BMP image.</source>
        <translation>“%1”은(는) Provena가 읽을 수 있는 이미지가 아닙니다. 파일이 완전한지, 실제로 JPEG, PNG, GIF 또는 BMP 이미지인지 확인하십시오.</translation>
    </message>
    <message>
        <source>“%1” is too large to open: %2 × %3 pixels (%4 megapixels), more than the limit of %5 megapixels.</source>
        <translation>“%1”이(가) 너무 커서 열 수 없습니다: %2 × %3픽셀(%4메가픽셀)로 제한인 %5메가픽셀을 초과합니다.</translation>
    </message>
    <message>
        <source>Could not decode the image “%1”: the file is damaged or uses a variant of its format that Provena cannot read.</source>
        <translation>이미지 “%1”을(를) 디코딩할 수 없습니다. 파일이 손상되었거나 Provena가 읽을 수 없는 형식 변형을 사용합니다.</translation>
    </message>
    <message>
        <source>The image “%1” is incomplete: its data ends before the end of the picture. The file was probably cut off while downloading or copying; fetch it again.</source>
        <translation>이미지 “%1”이(가) 불완전합니다. 그림이 끝나기 전에 데이터가 끝납니다. 다운로드나 복사 중에 파일이 잘렸을 수 있으니 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>The image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>The image “%1” is larger than %2 MiB, the most Provena reads of an image.</source>
        <translation>이미지 “%1”이(가) Provena가 이미지에서 읽을 수 있는 최대 크기인 %2MiB보다 큽니다.</translation>
    </message>
    <message>
        <source>Could not read the image “%1”.</source>
        <translation>이미지 “%1”을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Not enough memory to decode the image “%1”. Close other images or open a preview instead.</source>
        <translation>이미지 “%1”을(를) 디코딩할 메모리가 부족합니다. 다른 이미지를 닫거나 대신 미리 보기를 여십시오.</translation>
    </message>
    <message>
        <source>Could not make a preview of “%1”: the requested size %2 is not positive.</source>
        <translation>“%1”의 미리 보기를 만들 수 없습니다. 요청한 크기 %2이(가) 양수가 아닙니다.</translation>
    </message>
    <message>
        <source>The embedded thumbnail of “%1” could not be decoded.</source>
        <translation>“%1”에 내장된 썸네일을 디코딩할 수 없습니다.</translation>
    </message>
    <message>
        <source>Provena’s image decoders (%1) could not be loaded: reinstall Provena.</source>
        <translation>Provena의 이미지 디코더(%1)를 불러올 수 없습니다. Provena를 다시 설치하십시오.</translation>
    </message>
    <message>
        <source>“%1” is not a progressive JPEG, so it has no coarse first scan to show.</source>
        <translation>“%1”은(는) 프로그레시브 JPEG가 아니므로 먼저 보여 줄 거친 첫 스캔이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ImageEvidence</name>
    <message>
        <source>%1 (EXIF thumbnail)</source>
        <translation>%1(EXIF 썸네일)</translation>
    </message>
    <message>
        <source>The EXIF thumbnail could not be decoded, so it was not compared with the image: %1</source>
        <translation>EXIF 썸네일을 디코딩할 수 없어 이미지와 비교하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The image could not be decoded, so its EXIF thumbnail was not compared with it: %1</source>
        <translation>이미지를 디코딩할 수 없어 EXIF 썸네일과 비교하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The embedded EXIF thumbnail does not show the main image: their perceptual hashes differ in %1 of 64 bits (more than %2 means different pictures). The image was changed after the thumbnail was made, or the thumbnail was replaced.</source>
        <translation>내장된 EXIF 썸네일이 주 이미지와 다른 그림입니다. 두 지각 해시가 64비트 중 %1비트에서 다릅니다(%2비트를 넘으면 다른 그림). 썸네일을 만든 후 이미지가 변경되었거나 썸네일이 교체되었습니다.</translation>
    </message>
</context>
<context>
    <name>ImageForensics</name>
    <message>
        <source>The forensic view was cancelled.</source>
        <translation>포렌식 보기가 취소되었습니다.</translation>
    </message>
    <message>
        <source>The forensic view could not be computed (%1).</source>
        <translation>포렌식 보기를 계산할 수 없습니다(%1).</translation>
    </message>
    <message>
        <source>Not enough memory for the forensic view of this image. Close other images and try again.</source>
        <translation>이 이미지의 포렌식 보기를 만들 메모리가 부족합니다. 다른 이미지를 닫고 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>There is no image to analyse.</source>
        <translation>분석할 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>error level analysis</source>
        <translation>오류 수준 분석</translation>
    </message>
    <message>
        <source>noise residual</source>
        <translation>노이즈 잔차</translation>
    </message>
    <message>
        <source>luminance gradient</source>
        <translation>휘도 그레이디언트</translation>
    </message>
    <message>
        <source>histogram</source>
        <translation>히스토그램</translation>
    </message>
</context>
<context>
    <name>ImageHasher</name>
    <message>
        <source>Could not compute the checksum of “%1”: %2</source>
        <translation>“%1”의 체크섬을 계산할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not read “%1” to compute its checksum.</source>
        <translation>체크섬을 계산하기 위해 “%1”을(를) 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ImageMatcher</name>
    <message>
        <source>Could not find the features of %1.</source>
        <translation>%1의 특징을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation>%1은(는) 이미지가 아닙니다.</translation>
    </message>
    <message>
        <source>Could not match %1 with %2.</source>
        <translation>%1과(와) %2을(를) 대조할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 matches passed the ratio test, %2 agreed.</source>
        <translation>일치 %1개가 비율 검사를 통과했고, %2개가 일치했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 do not show the same picture: only %n feature match(es) agree on one alignment.</source>
        <translation>
            <numerusform>%1과(와) %2은(는) 같은 그림이 아닙니다. 하나의 정렬에 동의하는 특징 일치가 %n개뿐입니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Extract a bundle into DIR/&lt;bag name&gt; (refusing unsafe entries and zip bombs), verify its checksums and sidecars, and print the bag folder and its articles.
Exit 0: opened; 2: the zip cannot be read, is unsafe, does not verify, or its folder already exists in DIR (nothing is left behind).</source>
        <translation>번들을 DIR/&lt;bag name&gt;에 압축 해제하고(안전하지 않은 항목과 zip 폭탄은 거부) 체크섬과 사이드카 파일을 검증한 후 백 폴더와 기사를 출력합니다.
종료 코드 0: 열림, 2: zip을 읽을 수 없거나, 안전하지 않거나, 검증에 실패했거나, DIR에 해당 폴더가 이미 있음(아무것도 남지 않음).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>결과를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>The bundle (.zip).</source>
        <translation>번들(.zip)입니다.</translation>
    </message>
    <message>
        <source>The folder to extract into (it must exist).</source>
        <translation>압축을 해제할 폴더입니다(이미 있어야 함).</translation>
    </message>
    <message>
        <source>%1: not a folder; create it first.
</source>
        <translation>%1: 폴더가 아닙니다. 먼저 만드십시오.
</translation>
    </message>
    <message>
        <source>bag: %1
</source>
        <translation>백: %1
</translation>
    </message>
    <message>
        <source>article: %1
</source>
        <translation>기사: %1
</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-inspect/1, see docs/inspect-json.md).</source>
        <translation>JSON으로 출력합니다(스키마 provena-inspect/1, docs/inspect-json.md 참조).</translation>
    </message>
    <message>
        <source>The article file (.md, .txt).</source>
        <translation>기사 파일(.md, .txt)입니다.</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>경고: %1
</translation>
    </message>
    <message>
        <source>Print what Provena understands of an article file: title, date, byline, paragraphs and images with captions, credits and dates; and the merge conflicts its sidecar marks on claims, images, labels or its own fields.</source>
        <translation>Provena가 기사 파일에서 파악한 내용을 출력합니다: 제목, 날짜, 바이라인, 단락, 캡션, 크레딧, 날짜가 포함된 이미지, 그리고 사이드카 파일이 출처 주장, 이미지, 레이블 또는 자체 필드에 표시한 병합 충돌.</translation>
    </message>
</context>
<context>
    <name>InspectSummary</name>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source> (from the content)</source>
        <translation> (내용으로 판단)</translation>
    </message>
    <message>
        <source> with BOM</source>
        <translation> (BOM 포함)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(명시되지 않음)</translation>
    </message>
    <message>
        <source>Byline:</source>
        <translation>바이라인:</translation>
    </message>
    <message>
        <source>Paragraphs:</source>
        <translation>단락:</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>이미지:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>경고:</translation>
    </message>
    <message>
        <source>local:</source>
        <translation>로컬:</translation>
    </message>
    <message>
        <source>(outside the article&apos;s folder, not read; --allow-outside reads it)</source>
        <translation>(기사 폴더 밖에 있어 읽지 않음, --allow-outside를 지정하면 읽음)</translation>
    </message>
    <message>
        <source>(outside the article&apos;s folder, read as allowed)</source>
        <translation>(기사 폴더 밖에 있지만 허용에 따라 읽음)</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(찾을 수 없음)</translation>
    </message>
    <message>
        <source>outside:</source>
        <translation>외부:</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>%1 경유</translation>
    </message>
    <message>
        <source>caption:</source>
        <translation>캡션:</translation>
    </message>
    <message>
        <source>from:</source>
        <translation>소스:</translation>
    </message>
    <message>
        <source>credit:</source>
        <translation>크레딧:</translation>
    </message>
    <message>
        <source>(year unknown)</source>
        <translation>(연도 알 수 없음)</translation>
    </message>
    <message>
        <source>date:</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <source>year: %1</source>
        <translation>연도: %1</translation>
    </message>
    <message>
        <source>release:</source>
        <translation>배포:</translation>
    </message>
</context>
<context>
    <name>JpegQuantization</name>
    <message>
        <source>“%1” is not a JPEG file (it does not start with a JPEG marker), so it has no quantisation tables.</source>
        <translation>“%1”은(는) JPEG 파일이 아니므로(JPEG 마커로 시작하지 않음) 양자화 테이블이 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is a JPEG file but no quantisation table was found before its image data (the file may be damaged or truncated).</source>
        <translation>“%1”은(는) JPEG 파일이지만 이미지 데이터 앞에서 양자화 테이블을 찾을 수 없습니다(파일이 손상되었거나 잘렸을 수 있음).</translation>
    </message>
    <message>
        <source>The tables are exactly the standard IJG (libjpeg) tables at quality %1. libjpeg, libjpeg-turbo, OpenCV, Qt, GIMP, ImageMagick, Pillow and many web services write these tables; they do not say which of them saved the file.</source>
        <translation>테이블이 품질 %1의 표준 IJG(libjpeg) 테이블과 정확히 같습니다. libjpeg, libjpeg-turbo, OpenCV, Qt, GIMP, ImageMagick, Pillow 및 많은 웹 서비스가 이 테이블을 쓰므로, 이 중 어느 것이 파일을 저장했는지는 알 수 없습니다.</translation>
    </message>
    <message>
        <source>The tables are not the standard IJG (libjpeg) tables at any quality: a camera, phone or editor with its own tables (Photoshop, for one) saved the file. Estimated quality on the IJG scale: about %1. Provena does not identify which program that was.</source>
        <translation>테이블이 어떤 품질의 표준 IJG(libjpeg) 테이블과도 다릅니다. 자체 테이블을 가진 카메라, 휴대폰 또는 편집기(예: Photoshop)가 파일을 저장했습니다. IJG 기준 추정 품질: 약 %1. Provena는 그것이 어떤 프로그램인지 식별하지 않습니다.</translation>
    </message>
    <message>
        <source>The file ends or is damaged before its image data; the tables may be incomplete.</source>
        <translation>이미지 데이터 전에 파일이 끝나거나 손상되었습니다. 테이블이 불완전할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>JpegTablesCommand</name>
    <message>
        <source>Print a JPEG file&apos;s quantisation tables, the quality they correspond to on the IJG (libjpeg) scale and whether they are exactly libjpeg&apos;s standard tables.
Exit 0: tables printed; 1: the file is not a JPEG or has no tables; 2: the file could not be read; 64: bad command line.</source>
        <translation>JPEG 파일의 양자화 테이블, 그에 해당하는 IJG(libjpeg) 기준 품질, libjpeg 표준 테이블과 정확히 같은지 여부를 출력합니다.
종료 코드 0: 테이블을 출력함, 1: JPEG 파일이 아니거나 테이블이 없음, 2: 파일을 읽을 수 없음, 64: 잘못된 명령줄.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-jpeg-tables/1, see docs/cli.md).</source>
        <translation>JSON으로 출력합니다(스키마 provena-jpeg-tables/1, docs/cli.md 참조).</translation>
    </message>
    <message>
        <source>The JPEG file.</source>
        <translation>JPEG 파일입니다.</translation>
    </message>
    <message>
        <source>Table %1 (%2-bit, natural order)</source>
        <translation>테이블 %1(%2비트, 자연 순서)</translation>
    </message>
    <message>
        <source>Estimated quality: %1</source>
        <translation>추정 품질: %1</translation>
    </message>
</context>
<context>
    <name>JsonStrictness</name>
    <message>
        <source>nested deeper than %1 levels of objects and arrays; flatten it</source>
        <translation>객체와 배열이 %1단계보다 깊게 중첩되어 있습니다. 평탄화하십시오</translation>
    </message>
    <message>
        <source>the text is %1 characters long, more than the %2 allowed; shorten it</source>
        <translation>텍스트 길이가 %1자로 허용치 %2자를 초과합니다. 줄이십시오</translation>
    </message>
    <message>
        <source>the key “%1” occurs twice in the same object (first at line %2, column %3); JSON does not say which one counts, so remove one of them</source>
        <translation>같은 객체에 키 “%1”이(가) 두 번 나옵니다(처음은 %2행 %3열). JSON에서는 어느 쪽이 유효한지 정해져 있지 않으므로 하나를 제거하십시오</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>최상위 수준</translation>
    </message>
    <message>
        <source>could not be checked (%1)</source>
        <translation>검사할 수 없음(%1)</translation>
    </message>
    <message>
        <source>this is not strict JSON: %1</source>
        <translation>엄격한 JSON이 아닙니다: %1</translation>
    </message>
</context>
<context>
    <name>LabelTaxonomy</name>
    <message>
        <source>The label file is not valid at %1: %2.</source>
        <translation>%1 위치에서 레이블 파일이 올바르지 않습니다: %2.</translation>
    </message>
    <message>
        <source>The label file is not valid JSON.</source>
        <translation>레이블 파일이 올바른 JSON이 아닙니다.</translation>
    </message>
    <message>
        <source>The label file has no &quot;labels&quot; array.</source>
        <translation>레이블 파일에 &quot;labels&quot; 배열이 없습니다.</translation>
    </message>
    <message>
        <source>A label has no id.</source>
        <translation>ID가 없는 레이블이 있습니다.</translation>
    </message>
    <message>
        <source>The label file</source>
        <translation>레이블 파일</translation>
    </message>
</context>
<context>
    <name>LabelmeReader</name>
    <message>
        <source>This is not a labelme file: it has no “shapes” list. Choose the JSON file labelme saved next to the image, or another --format.</source>
        <translation>labelme 파일이 아닙니다. “shapes” 목록이 없습니다. labelme가 이미지 옆에 저장한 JSON 파일을 선택하거나 다른 --format을 지정하십시오.</translation>
    </message>
    <message>
        <source>The file was written by labelme %1, newer than the %2.x files this reader knows; check the imported shapes.</source>
        <translation>이 파일은 이 리더가 아는 %2.x 파일보다 새로운 labelme %1에서 작성되었습니다. 가져온 도형을 확인하십시오.</translation>
    </message>
    <message>
        <source>%1: not a shape object</source>
        <translation>%1: 도형 객체가 아님</translation>
    </message>
    <message>
        <source>%1: the label is not text</source>
        <translation>%1: 레이블이 텍스트가 아님</translation>
    </message>
    <message numerus="yes">
        <source>%1: a labelme %2 needs %3, this one has %n point(s)</source>
        <translation>
            <numerusform>%1: labelme %2에는 %3이(가) 필요하지만 이 도형에는 점이 %n개 있음</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the rectangle&apos;s 4 corners are not axis-aligned; Provena has no rotated rectangle (draw it as a polygon in labelme)</source>
        <translation>%1: 사각형의 네 모서리가 축에 정렬되어 있지 않습니다. Provena에는 회전된 사각형이 없습니다(labelme에서 다각형으로 그리십시오)</translation>
    </message>
    <message>
        <source>2 corners</source>
        <translation>모서리 2개</translation>
    </message>
    <message>
        <source>at least 3 points</source>
        <translation>점 3개 이상</translation>
    </message>
    <message>
        <source>its centre and a point on the circle</source>
        <translation>중심과 원 위의 점 하나</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>점 1개</translation>
    </message>
    <message>
        <source>2 points</source>
        <translation>점 2개</translation>
    </message>
    <message>
        <source>at least 2 points</source>
        <translation>점 2개 이상</translation>
    </message>
    <message>
        <source>%1: a labelme mask (a bitmap) cannot become a region: Provena has no bitmap regions; draw it as a polygon</source>
        <translation>%1: labelme 마스크(비트맵)는 영역이 될 수 없습니다. Provena에는 비트맵 영역이 없으니 다각형으로 그리십시오</translation>
    </message>
    <message>
        <source>%1: the labelme shape type “%2” has no Provena region shape</source>
        <translation>%1: labelme 도형 유형 “%2”에 해당하는 Provena 영역 도형이 없습니다</translation>
    </message>
    <message>
        <source>%1 share group_id %2 in labelme (one object in several parts); Provena has no groups and imports them as separate regions.</source>
        <translation>%1이(가) labelme에서 group_id %2을(를) 공유합니다(여러 부분으로 된 객체 하나). Provena에는 그룹이 없으므로 별도의 영역으로 가져옵니다.</translation>
    </message>
    <message>
        <source>The flags set on %1 are not imported: Provena regions have no flags (use the region&apos;s note).</source>
        <translation>%1에 설정된 플래그는 가져오지 않습니다. Provena 영역에는 플래그가 없습니다(영역의 메모를 사용하십시오).</translation>
    </message>
</context>
<context>
    <name>LabelsCommand</name>
    <message>
        <source>(yours)</source>
        <translation>(내 항목)</translation>
    </message>
    <message>
        <source>List the region labels, or add and remove your own.

  labels list [--json]
  labels add ID --name NAME [--colour #RRGGBB] [--description TEXT]
  labels remove ID

Your labels are stored in %1 and used by the GUI and provena-cli alike. A sidecar carries the definitions of the labels it uses, so it opens the same elsewhere.</source>
        <translation>영역 레이블을 나열하거나, 사용자 레이블을 추가 또는 제거합니다.

  labels list [--json]
  labels add ID --name NAME [--colour #RRGGBB] [--description TEXT]
  labels remove ID

사용자 레이블은 %1에 저장되며 GUI와 provena-cli에서 모두 사용됩니다. 사이드카 파일에는 사용하는 레이블의 정의가 들어 있으므로 다른 곳에서도 똑같이 열립니다.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Print JSON (list).</source>
        <translation>JSON으로 출력합니다(list).</translation>
    </message>
    <message>
        <source>Name shown to people (add).</source>
        <translation>사람에게 표시되는 이름입니다(add).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Colour as #RRGGBB (add).</source>
        <translation>#RRGGBB 형식의 색상입니다(add).</translation>
    </message>
    <message>
        <source>COLOUR</source>
        <translation>COLOUR</translation>
    </message>
    <message>
        <source>What the label marks (add).</source>
        <translation>레이블이 표시하는 대상입니다(add).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>list, add or remove</source>
        <translation>list, add 또는 remove</translation>
    </message>
    <message>
        <source>label id (add, remove)</source>
        <translation>레이블 ID(add, remove)</translation>
    </message>
    <message>
        <source>[ID]</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <source>list takes no further arguments</source>
        <translation>list에는 추가 인수를 지정할 수 없습니다</translation>
    </message>
    <message>
        <source>unknown action “%1”</source>
        <translation>알 수 없는 동작 “%1”</translation>
    </message>
    <message>
        <source>%1 needs exactly one label ID</source>
        <translation>%1에는 레이블 ID가 정확히 하나 필요합니다</translation>
    </message>
    <message>
        <source>label ID “%1” must be 1–64 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>레이블 ID “%1”은(는) 소문자, 숫자, &apos;-&apos; 또는 &apos;_&apos;로 이루어진 1~64자여야 합니다</translation>
    </message>
    <message>
        <source>add needs --name</source>
        <translation>add에는 --name이 필요합니다</translation>
    </message>
    <message>
        <source>“%1” is a built-in label; choose another ID</source>
        <translation>“%1”은(는) 기본 제공 레이블입니다. 다른 ID를 선택하십시오</translation>
    </message>
    <message>
        <source>“%1” is not a colour; use #RRGGBB</source>
        <translation>“%1”은(는) 색상이 아닙니다. #RRGGBB 형식을 사용하십시오</translation>
    </message>
    <message>
        <source>“%1” is not one of your labels</source>
        <translation>“%1”은(는) 사용자 레이블이 아닙니다</translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <source>Link a region to a span of the article text and save the sidecar. Prints the text anchor&apos;s id and its code point range.</source>
        <translation>영역을 기사 텍스트의 구간에 연결하고 사이드카 파일을 저장합니다. 텍스트 구간의 ID와 코드 포인트 범위를 출력합니다.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>The exact text; TEXT@N takes its N-th occurrence (from 1).</source>
        <translation>정확한 텍스트입니다. TEXT@N은 N번째 항목을 뜻합니다(1부터).</translation>
    </message>
    <message>
        <source>A note on the text span itself (only when the span is new).</source>
        <translation>텍스트 구간 자체에 대한 메모입니다(구간이 새로 만들어질 때만).</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>기사 파일입니다.</translation>
    </message>
    <message>
        <source>The region id (or a unique prefix).</source>
        <translation>영역 ID(또는 고유한 접두사)입니다.</translation>
    </message>
    <message>
        <source>--text is required</source>
        <translation>--text가 필요합니다</translation>
    </message>
    <message>
        <source>“%1” (occurrence %2) is not in the article text</source>
        <translation>“%1”(%2번째 항목)이(가) 기사 텍스트에 없습니다</translation>
    </message>
    <message>
        <source>The region is already linked to this text; nothing changed.
</source>
        <translation>영역이 이미 이 텍스트에 연결되어 있습니다. 아무것도 변경하지 않았습니다.
</translation>
    </message>
    <message>
        <source>Who is annotating (default: your name in Preferences, else $USER).</source>
        <translation>주석 작성자입니다(기본값: 환경 설정의 이름, 없으면 $USER).</translation>
    </message>
</context>
<context>
    <name>MatchCommand</name>
    <message>
        <source>Compare two images: SHA-256, perceptual hashes and their distance (also with B mirrored), then align them with feature matching. Prints how B relates to A (identical, re-encoded, cropped, scaled, rotated, mirrored), the transform from B&apos;s pixels to A&apos;s, the scale and where B lies in A as a rectangle in A&apos;s pixels. Exit code 0 when they show the same picture, 1 when they do not, 2 when a file cannot be read.</source>
        <translation>두 이미지를 비교합니다: SHA-256, 지각 해시와 그 거리(B를 좌우 반전한 경우 포함)를 구한 후 특징 일치로 정렬합니다. B가 A와 어떤 관계인지(동일, 재인코딩, 자르기, 크기 조정, 회전, 좌우 반전), B의 픽셀에서 A의 픽셀로의 변환, 배율, 그리고 A 안에서 B의 위치를 A의 픽셀 기준 사각형으로 출력합니다. 같은 그림이면 종료 코드 0, 아니면 1, 파일을 읽을 수 없으면 2입니다.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-match/1, see docs/cli.md).</source>
        <translation>JSON으로 출력합니다(스키마 provena-match/1, docs/cli.md 참조).</translation>
    </message>
    <message>
        <source>The reference image (e.g. the original).</source>
        <translation>기준 이미지입니다(예: 원본).</translation>
    </message>
    <message>
        <source>The other version (crop, re-encode …).</source>
        <translation>다른 버전입니다(자르기, 재인코딩 …).</translation>
    </message>
</context>
<context>
    <name>MatchJson</name>
    <message>
        <source>%1 (%2): x %3, y %4, %5 × %6 in A&apos;s pixels; scale %7%8</source>
        <translation>%1(%2): A의 픽셀 기준 x %3, y %4, %5 × %6, 배율 %7%8</translation>
    </message>
    <message>
        <source>, turned %1°</source>
        <translation>, %1° 회전</translation>
    </message>
    <message>
        <source>Perceptual hash distance: %1 of 64 (mirrored: %2; above %3 means another picture)</source>
        <translation>지각 해시 거리: 64 중 %1(좌우 반전: %2, %3을(를) 넘으면 다른 그림)</translation>
    </message>
    <message>
        <source>Feature matches: %1, agreeing on the alignment: %2</source>
        <translation>특징 일치: %1, 정렬에 동의: %2</translation>
    </message>
    <message>
        <source>Transform (B to A, row-major):</source>
        <translation>변환(B에서 A로, 행 우선):</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>(absent)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>CONFLICT: %1 %2: ours %3, theirs %4 (base %5); kept ours
</source>
        <translation>충돌: %1 %2: 내 버전 %3, 상대 버전 %4(기준 %5). 내 버전을 유지함
</translation>
    </message>
    <message>
        <source>Three-way merge of two sidecars of the same article: annotations by id, their fields one by one. A field both sides changed differently keeps OURS and is marked on its annotation (mergeConflicts, needs review) with both values. Conflicts are reported on stderr. As git&apos;s merge driver: provena-cli git-setup.
Exit 0: merged cleanly; 1: merged with conflicts (the file is written and opens in Provena); 2: an input cannot be read as a sidecar, or the output cannot be written (nothing is written then).</source>
        <translation>같은 기사의 두 사이드카 파일을 3방향 병합합니다. 주석은 ID별로, 그 필드는 하나씩 병합합니다. 양쪽에서 서로 다르게 변경한 필드는 OURS(내 버전)를 유지하고, 두 값을 모두 담아 해당 주석에 표시합니다(mergeConflicts, 검토 필요). 충돌은 stderr로 보고합니다. git 병합 드라이버로 쓰려면: provena-cli git-setup.
종료 코드 0: 충돌 없이 병합함, 1: 충돌이 있는 상태로 병합함(파일이 쓰이며 Provena에서 열 수 있음), 2: 입력을 사이드카 파일로 읽을 수 없거나 출력을 쓸 수 없음(이 경우 아무것도 쓰지 않음).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Write the merged sidecar to FILE (atomically) instead of stdout.</source>
        <translation>병합된 사이드카 파일을 stdout 대신 FILE에 씁니다(원자적으로).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Report the conflicts as JSON on stderr.</source>
        <translation>충돌을 JSON으로 stderr에 보고합니다.</translation>
    </message>
    <message>
        <source>The common ancestor (an empty file when there is none).</source>
        <translation>공통 조상입니다(없으면 빈 파일).</translation>
    </message>
    <message>
        <source>Our version.</source>
        <translation>내 버전입니다.</translation>
    </message>
    <message>
        <source>Their version.</source>
        <translation>상대 버전입니다.</translation>
    </message>
    <message>
        <source>The sidecar</source>
        <translation>사이드카 파일</translation>
    </message>
    <message>
        <source>Nothing was written.
</source>
        <translation>아무것도 쓰지 않았습니다.
</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s); the merged sidecar keeps ours and marks them for review in Provena.
</source>
        <translation>
            <numerusform>충돌 %n개. 병합된 사이드카 파일은 내 버전을 유지하고 Provena에서 검토하도록 표시합니다.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeConflictPanel</name>
    <message>
        <source>label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>shape or text</source>
        <translation>도형 또는 텍스트</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>신뢰도</translation>
    </message>
</context>
<context>
    <name>MetadataCommand</name>
    <message>
        <source>Flags</source>
        <translation>플래그</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>No provenance metadata (creator, credit, dates, camera …) in this image.</source>
        <translation>이 이미지에 출처 메타데이터(작성자, 크레딧, 날짜, 카메라 …)가 없습니다.</translation>
    </message>
    <message>
        <source>Print what an image&apos;s metadata (EXIF, IPTC, XMP and its XMP sidecar) says about its provenance: who made and released it, rights, dates, editing history, camera, location and document identifiers, each with its raw key; flags (C2PA manifest, thumbnail mismatch, metadata stripped, editing software) and warnings about damaged metadata.</source>
        <translation>이미지의 메타데이터(EXIF, IPTC, XMP 및 XMP 사이드카 파일)가 출처에 관해 말하는 내용을 출력합니다: 제작 및 배포 주체, 권리, 날짜, 편집 이력, 카메라, 위치, 문서 식별자(각각 원시 키 포함), 플래그(C2PA 매니페스트, 썸네일 불일치, 메타데이터 제거됨, 편집 소프트웨어), 손상된 메타데이터에 대한 경고.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-metadata/1, see docs/cli.md).</source>
        <translation>JSON으로 출력합니다(스키마 provena-metadata/1, docs/cli.md 참조).</translation>
    </message>
    <message>
        <source>The image file (JPEG, PNG, TIFF …).</source>
        <translation>이미지 파일(JPEG, PNG, TIFF …)입니다.</translation>
    </message>
</context>
<context>
    <name>MetadataEvidence</name>
    <message>
        <source>Creator</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>크레딧</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>캡션</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>헤드라인</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>저작권</translation>
    </message>
    <message>
        <source>Usage terms</source>
        <translation>이용 조건</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>촬영 날짜</translation>
    </message>
    <message>
        <source>Date digitised</source>
        <translation>디지털화 날짜</translation>
    </message>
    <message>
        <source>Date modified</source>
        <translation>수정 날짜</translation>
    </message>
    <message>
        <source>Date created (IPTC)</source>
        <translation>작성 날짜(IPTC)</translation>
    </message>
    <message>
        <source>Editing history</source>
        <translation>편집 이력</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>카메라 제조사</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>카메라 모델</translation>
    </message>
    <message>
        <source>Camera serial number</source>
        <translation>카메라 일련번호</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>렌즈</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>소프트웨어</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>문서 ID</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>인스턴스 ID</translation>
    </message>
    <message>
        <source>Original document ID</source>
        <translation>원본 문서 ID</translation>
    </message>
    <message>
        <source>Derived from</source>
        <translation>파생 원본</translation>
    </message>
    <message>
        <source>GPS latitude</source>
        <translation>GPS 위도</translation>
    </message>
    <message>
        <source>GPS longitude</source>
        <translation>GPS 경도</translation>
    </message>
    <message>
        <source>GPS altitude</source>
        <translation>GPS 고도</translation>
    </message>
    <message>
        <source>Digital source type</source>
        <translation>디지털 소스 유형</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Location shown</source>
        <translation>사진 속 장소</translation>
    </message>
    <message>
        <source>xmpMM:History has %1 entries; only the first %2 are listed.</source>
        <translation>xmpMM:History에 항목이 %1개 있습니다. 처음 %2개만 나열합니다.</translation>
    </message>
    <message>
        <source>%1 is not a valid GPS value (“%2”); it is left out.</source>
        <translation>%1은(는) 올바른 GPS 값이 아니므로(“%2”) 제외했습니다.</translation>
    </message>
    <message>
        <source>The XMP GPS position could not be read: %1</source>
        <translation>XMP GPS 위치를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The image has no EXIF metadata at all: typical of a copy that a website re-encoded or that was scrubbed. Its absence proves nothing by itself, but there is no camera record to check.</source>
        <translation>이미지에 EXIF 메타데이터가 전혀 없습니다. 웹사이트에서 재인코딩했거나 메타데이터를 제거한 사본에서 흔히 나타납니다. 없다는 사실만으로는 아무것도 증명하지 않지만, 확인할 카메라 기록이 없습니다.</translation>
    </message>
    <message>
        <source>%1 names editing software, %2: “%3”.</source>
        <translation>%1에 편집 소프트웨어가 기재되어 있습니다(%2: “%3”).</translation>
    </message>
</context>
<context>
    <name>MetadataReader</name>
    <message>
        <source>%1 has %2 values; only the first %3 are kept.</source>
        <translation>%1에 값이 %2개 있습니다. 처음 %3개만 유지합니다.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; only the first %3 are kept.</source>
        <translation>%1의 길이가 %2자입니다. 처음 %3자만 유지합니다.</translation>
    </message>
    <message>
        <source>%1 is too long to show whole; it is cut after %2 characters.</source>
        <translation>%1이(가) 너무 길어 전부 표시할 수 없습니다. %2자 뒤에서 잘랐습니다.</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes of binary data)</source>
        <translation>
            <numerusform>(바이너리 데이터 %n바이트)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the metadata of “%1”: the file is damaged or not an image format Provena knows.</source>
        <translation>“%1”의 메타데이터를 읽을 수 없습니다. 파일이 손상되었거나 Provena가 알지 못하는 이미지 형식입니다.</translation>
    </message>
    <message>
        <source>Could not open “%1” to read its %2. %3</source>
        <translation>%2을(를) 읽기 위해 “%1”을(를) 열 수 없습니다. %3</translation>
    </message>
    <message>
        <source>Could not read the XMP sidecar “%1”: it is not valid XMP. Fix or remove the sidecar to see the image&apos;s own metadata.</source>
        <translation>XMP 사이드카 파일 “%1”을(를) 읽을 수 없습니다. 올바른 XMP가 아닙니다. 이미지 자체의 메타데이터를 보려면 사이드카 파일을 수정하거나 제거하십시오.</translation>
    </message>
    <message>
        <source>The EXIF thumbnail is %1 bytes, more than any real one; it is not compared with the image.</source>
        <translation>EXIF 썸네일이 %1바이트로 실제 썸네일이라기에는 너무 큽니다. 이미지와 비교하지 않습니다.</translation>
    </message>
    <message>
        <source>The EXIF thumbnail could not be read: %1</source>
        <translation>EXIF 썸네일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The metadata is damaged (%1); only what comes before the damage is shown.</source>
        <translation>메타데이터가 손상되었습니다(%1). 손상 위치 앞부분만 표시합니다.</translation>
    </message>
    <message>
        <source>The file carries a C2PA manifest store (%1): its content credentials can be checked with a C2PA validator such as c2patool.</source>
        <translation>파일에 C2PA 매니페스트 저장소(%1)가 있습니다. 콘텐츠 자격 증명은 c2patool 같은 C2PA 검증 도구로 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Exiv2 skipped damaged metadata: %1</source>
        <translation>Exiv2가 손상된 메타데이터를 건너뛰었습니다: %1</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>메타데이터</translation>
    </message>
    <message>
        <source>XMP sidecar</source>
        <translation>XMP 사이드카 파일</translation>
    </message>
</context>
<context>
    <name>OutlineSnap</name>
    <message>
        <source>No outline found in the region on “%1”: nothing inside it stands apart from its surroundings. Draw the rectangle closer around one object.</source>
        <translation>“%1”의 영역에서 윤곽선을 찾을 수 없습니다. 영역 안에 주변과 구별되는 것이 없습니다. 사각형을 객체 하나에 더 가깝게 그리십시오.</translation>
    </message>
    <message>
        <source>The region on “%1” is too small or outside the image to snap to an outline.</source>
        <translation>“%1”의 영역이 너무 작거나 이미지 밖에 있어 윤곽선에 맞출 수 없습니다.</translation>
    </message>
    <message>
        <source>Snapping the region on “%1” to an outline failed.</source>
        <translation>“%1”의 영역을 윤곽선에 맞추지 못했습니다.</translation>
    </message>
    <message>
        <source>Not enough memory to snap the region on “%1” to an outline.</source>
        <translation>“%1”의 영역을 윤곽선에 맞출 메모리가 부족합니다.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>text %1–%2 “%3”</source>
        <translation>텍스트 %1–%2 “%3”</translation>
    </message>
    <message>
        <source>metadata %1 = %2</source>
        <translation>메타데이터 %1 = %2</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>이미지 %1</translation>
    </message>
    <message>
        <source>image version %1</source>
        <translation>이미지 버전 %1</translation>
    </message>
    <message>
        <source>URL %1</source>
        <translation>URL %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>참고: %1</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Releasing agency</source>
        <translation>배포 통신사</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>유통처</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>발행처</translation>
    </message>
    <message>
        <source>Republisher</source>
        <translation>재게시처</translation>
    </message>
    <message>
        <source>Editor or cropper</source>
        <translation>편집자 또는 자른 사람</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>크레딧</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <source>Rights and usage terms</source>
        <translation>권리 및 이용 조건</translation>
    </message>
    <message>
        <source>Digital source type</source>
        <translation>디지털 소스 유형</translation>
    </message>
    <message>
        <source>Date created</source>
        <translation>작성 날짜</translation>
    </message>
    <message>
        <source>Date released</source>
        <translation>배포 날짜</translation>
    </message>
    <message>
        <source>Location shown</source>
        <translation>사진 속 장소</translation>
    </message>
    <message>
        <source>Derived from</source>
        <translation>파생 원본</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>배포됨</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>유통됨</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>게시됨</translation>
    </message>
    <message>
        <source>Republished</source>
        <translation>재게시됨</translation>
    </message>
    <message>
        <source>Cropped or edited</source>
        <translation>잘라내거나 편집함</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <source>Provenance: is this the original?</source>
        <translation>출처: 원본입니까?</translation>
    </message>
    <message>
        <source>Source: who captured it?</source>
        <translation>소스: 누가 촬영했습니까?</translation>
    </message>
    <message>
        <source>Date: when was it captured?</source>
        <translation>날짜: 언제 촬영했습니까?</translation>
    </message>
    <message>
        <source>Location: where was it captured?</source>
        <translation>위치: 어디에서 촬영했습니까?</translation>
    </message>
    <message>
        <source>Motivation: why was it captured and released?</source>
        <translation>동기: 왜 촬영하고 배포했습니까?</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>확인 안 함</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>뒷받침함</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>반박함</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>결론 없음</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>미검증</translation>
    </message>
    <message>
        <source>Corroborated</source>
        <translation>확증됨</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>이의 제기됨</translation>
    </message>
    <message>
        <source>Manipulated</source>
        <translation>조작됨</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>연출됨</translation>
    </message>
    <message>
        <source>Miscaptioned</source>
        <translation>캡션 오류</translation>
    </message>
</context>
<context>
    <name>ProvenanceBadge</name>
    <message>
        <source>S</source>
        <comment>badge mark for a staged photo</comment>
        <translation>연</translation>
    </message>
    <message>
        <source>C</source>
        <comment>badge mark for a miscaptioned photo</comment>
        <translation>캡</translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation>아직 판정 없음</translation>
    </message>
    <message>
        <source> (confidence %1 %)</source>
        <translation> (신뢰도 %1%)</translation>
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
        <translation>알 수 없는 주장 역할 “%1”. 역할: %2</translation>
    </message>
    <message>
        <source>unknown pillar “%1”; the pillars are: %2</source>
        <translation>알 수 없는 검증 축 “%1”. 검증 축: %2</translation>
    </message>
    <message>
        <source>unknown assessment status “%1”; the statuses are: %2</source>
        <translation>알 수 없는 평가 상태 “%1”. 상태: %2</translation>
    </message>
    <message>
        <source>unknown verdict “%1”; the verdicts are: %2</source>
        <translation>알 수 없는 판정 “%1”. 판정: %2</translation>
    </message>
    <message>
        <source>confidence “%1” is not a number from 0 to 1</source>
        <translation>신뢰도 “%1”이(가) 0에서 1 사이의 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>date range “%1” ends before it starts</source>
        <translation>날짜 범위 “%1”의 끝이 시작보다 앞에 있습니다</translation>
    </message>
    <message>
        <source>date “%1” is not an ISO 8601 date (2025-08-13), date-time (2025-08-13T10:42:00Z) or range of them (2025-08-12/2025-08-13)</source>
        <translation>날짜 “%1”이(가) ISO 8601 날짜(2025-08-13), 날짜-시간(2025-08-13T10:42:00Z) 또는 그 범위(2025-08-12/2025-08-13)가 아닙니다</translation>
    </message>
    <message>
        <source>“%1” is not an absolute URL (such as https://example.org/photo.jpg)</source>
        <translation>“%1”은(는) 절대 URL(예: https://example.org/photo.jpg)이 아닙니다</translation>
    </message>
    <message>
        <source>evidence “%1” is not KIND:VALUE; the kinds are text:START-END, text:QUOTE[@N], metadata:KEY=VALUE, image:N, url:URL, note:TEXT</source>
        <translation>증거 “%1”이(가) KIND:VALUE 형식이 아닙니다. 종류: text:START-END, text:QUOTE[@N], metadata:KEY=VALUE, image:N, url:URL, note:TEXT</translation>
    </message>
    <message>
        <source>evidence “%1”: the article text has %2 code points; give START-END with START &lt; END ≤ %2</source>
        <translation>증거 “%1”: 기사 텍스트의 코드 포인트는 %2개입니다. START &lt; END ≤ %2인 START-END를 지정하십시오</translation>
    </message>
    <message>
        <source>evidence “%1”: “%2” (occurrence %3) is not in the article text</source>
        <translation>증거 “%1”: “%2”(%3번째 항목)이(가) 기사 텍스트에 없습니다</translation>
    </message>
    <message>
        <source>evidence “%1”: give metadata:KEY=VALUE, e.g. metadata:Exif.Image.Artist=Jane Roe</source>
        <translation>증거 “%1”: metadata:KEY=VALUE 형식으로 지정하십시오(예: metadata:Exif.Image.Artist=Jane Roe)</translation>
    </message>
    <message numerus="yes">
        <source>evidence “%1”: image %2 does not exist: the article has %n image(s)</source>
        <translation>
            <numerusform>증거 “%1”: 이미지 %2이(가) 없습니다. 기사에는 이미지가 %n개 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>evidence “%1”: %2</source>
        <translation>증거 “%1”: %2</translation>
    </message>
    <message>
        <source>evidence “%1”: the note is empty</source>
        <translation>증거 “%1”: 메모가 비어 있습니다</translation>
    </message>
    <message>
        <source>evidence “%1” is not KIND:VALUE</source>
        <translation>증거 “%1”이(가) KIND:VALUE 형식이 아닙니다</translation>
    </message>
    <message>
        <source>“%1” is not a claim or suggestion id: give the id or its first %2 or more hex digits</source>
        <translation>“%1”은(는) 주장 또는 제안 ID가 아닙니다. ID 전체 또는 처음 %2자리 이상의 16진수를 지정하십시오</translation>
    </message>
    <message>
        <source>no claim or suggestion has the id “%1”; `provena-cli provenance ARTICLE` lists the claims and --suggest the suggestions</source>
        <translation>ID가 “%1”인 주장이나 제안이 없습니다. `provena-cli provenance ARTICLE`로 주장을, --suggest로 제안을 나열할 수 있습니다</translation>
    </message>
    <message>
        <source>%1 (image %2)</source>
        <translation>%1(이미지 %2)</translation>
    </message>
    <message>
        <source>the id prefix “%1” is ambiguous: it matches %2; give more digits</source>
        <translation>ID 접두사 “%1”이(가) 모호합니다. %2과(와) 일치합니다. 더 많은 자릿수를 지정하십시오</translation>
    </message>
    <message>
        <source>--image takes a number, from 1</source>
        <translation>--image에는 1부터 시작하는 숫자를 지정해야 합니다</translation>
    </message>
    <message>
        <source>--%1 goes with --claim ROLE</source>
        <translation>--%1은(는) --claim ROLE과 함께 사용합니다</translation>
    </message>
    <message>
        <source>--claim %1 takes --agent NAME (not --value)</source>
        <translation>--claim %1에는 --agent NAME을 지정합니다(--value 아님)</translation>
    </message>
    <message>
        <source>--claim %1 takes --date D (not --agent or --value)</source>
        <translation>--claim %1에는 --date D를 지정합니다(--agent 또는 --value 아님)</translation>
    </message>
    <message>
        <source>--claim %1 takes --value TEXT (not --agent)</source>
        <translation>--claim %1에는 --value TEXT를 지정합니다(--agent 아님)</translation>
    </message>
    <message>
        <source>--assess PILLAR STATUS: the STATUS is missing; the statuses are: %1</source>
        <translation>--assess PILLAR STATUS: STATUS가 없습니다. 상태: %1</translation>
    </message>
    <message>
        <source>unexpected argument “%1” (only --assess PILLAR STATUS takes a second argument)</source>
        <translation>예상하지 않은 인수 “%1”(두 번째 인수는 --assess PILLAR STATUS에만 지정할 수 있음)</translation>
    </message>
    <message>
        <source>--note goes with --assess PILLAR STATUS</source>
        <translation>--note는 --assess PILLAR STATUS와 함께 사용합니다</translation>
    </message>
    <message>
        <source>--evidence goes with one of --claim and --assess; give them in separate runs</source>
        <translation>--evidence는 --claim과 --assess 중 하나와만 함께 사용합니다. 따로 실행하여 지정하십시오</translation>
    </message>
    <message>
        <source>--evidence goes with --claim or --assess</source>
        <translation>--evidence는 --claim 또는 --assess와 함께 사용합니다</translation>
    </message>
    <message>
        <source>--confidence and --rationale go with --verdict VERDICT</source>
        <translation>--confidence와 --rationale은 --verdict VERDICT와 함께 사용합니다</translation>
    </message>
    <message numerus="yes">
        <source>image %1 does not exist: the article has %n image(s)</source>
        <translation>
            <numerusform>이미지 %1이(가) 없습니다. 기사에는 이미지가 %n개 있습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--claim, --assess and --verdict are about one image: give --image N (the article has %n image(s))</source>
        <translation>
            <numerusform>--claim, --assess, --verdict는 이미지 하나에 대한 것입니다. --image N을 지정하십시오(기사에는 이미지가 %n개 있음)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what is recorded about where each image of the article comes from (claims with their evidence, the chain of custody, the five verification pillars, the verdict), or with --suggest what Provena proposes from the caption, credit, byline, site and the image&apos;s metadata. The other options change the record and save the sidecar, all in one step; what changed is printed after the save. Names of roles, statuses, pillars and verdicts are those of --json (docs/cli.md, &quot;provenance&quot;).</source>
        <translation>기사의 각 이미지의 출처에 관해 기록된 내용(증거가 포함된 주장, 관리 연속성, 다섯 가지 검증 축, 판정)을 표시하거나, --suggest를 지정하면 캡션, 크레딧, 바이라인, 사이트, 이미지 메타데이터를 바탕으로 Provena가 제안하는 내용을 표시합니다. 그 밖의 옵션은 기록을 변경하고 사이드카 파일을 한 번에 저장하며, 저장 후 변경된 내용을 출력합니다. 역할, 상태, 검증 축, 판정의 이름은 --json의 이름과 같습니다(docs/cli.md, &quot;provenance&quot;).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Only image N (from 1, in article order).</source>
        <translation>이미지 N만 처리합니다(기사 순서로 1부터).</translation>
    </message>
    <message>
        <source>Print JSON (after the save, the record as it now is).</source>
        <translation>JSON으로 출력합니다(저장 후 현재 기록).</translation>
    </message>
    <message>
        <source>List suggestions with their ids, evidence, reason and conflicts.</source>
        <translation>제안을 ID, 증거, 이유, 충돌과 함께 나열합니다.</translation>
    </message>
    <message>
        <source>Accept a suggestion (recorded as an accepted claim) or a recorded claim, by id or unique prefix of 8+ hex digits. Repeatable.</source>
        <translation>제안(수락된 주장으로 기록됨) 또는 기록된 주장을 ID나 8자리 이상의 16진수 고유 접두사로 지정하여 수락합니다. 반복하여 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Reject a suggestion (remembered: not proposed again) or a recorded claim. Repeatable.</source>
        <translation>제안(기억되어 다시 제안되지 않음) 또는 기록된 주장을 거부합니다. 반복하여 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Mark a claim (or a suggestion) as disputed. Repeatable.</source>
        <translation>주장(또는 제안)을 이의 제기됨으로 표시합니다. 반복하여 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Remove a recorded claim. Repeatable.</source>
        <translation>기록된 주장을 제거합니다. 반복하여 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Accept every suggestion from ORIGIN (caption, credit, release, byline, site, metadata); ids given to --reject or --dispute are left out.</source>
        <translation>ORIGIN(caption, credit, release, byline, site, metadata)에서 나온 모든 제안을 수락합니다. --reject 또는 --dispute에 지정한 ID는 제외됩니다.</translation>
    </message>
    <message>
        <source>Reject every suggestion from ORIGIN; ids given to --accept or --dispute are left out.</source>
        <translation>ORIGIN에서 나온 모든 제안을 거부합니다. --accept 또는 --dispute에 지정한 ID는 제외됩니다.</translation>
    </message>
    <message>
        <source>Record a claim with this role: %1.</source>
        <translation>이 역할로 주장을 기록합니다: %1.</translation>
    </message>
    <message>
        <source>Who (for creator … editor); agencies Provena knows are resolved (KCNA → Korean Central News Agency), other names are kept as written.</source>
        <translation>주체입니다(creator … editor용). Provena가 아는 통신사는 정식 이름으로 변환되고(KCNA → Korean Central News Agency), 그 밖의 이름은 입력한 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>What (for credit-line, source, rights, digital-source-type, location-shown).</source>
        <translation>내용입니다(credit-line, source, rights, digital-source-type, location-shown용).</translation>
    </message>
    <message>
        <source>ISO 8601 date, date-time or range A/B.</source>
        <translation>ISO 8601 날짜, 날짜-시간 또는 범위 A/B입니다.</translation>
    </message>
    <message>
        <source>Where the agent published it.</source>
        <translation>주체가 게시한 위치입니다.</translation>
    </message>
    <message>
        <source>Evidence for --claim or --assess: text:START-END (code points), text:QUOTE[@N], metadata:KEY=VALUE, image:N, url:URL or note:TEXT. Repeatable.</source>
        <translation>--claim 또는 --assess의 증거입니다: text:START-END(코드 포인트), text:QUOTE[@N], metadata:KEY=VALUE, image:N, url:URL 또는 note:TEXT. 반복하여 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Assess a pillar: --assess PILLAR STATUS. Pillars: %1; statuses: %2.</source>
        <translation>검증 축을 평가합니다: --assess PILLAR STATUS. 검증 축: %1, 상태: %2.</translation>
    </message>
    <message>
        <source>A note on the assessment.</source>
        <translation>평가에 대한 메모입니다.</translation>
    </message>
    <message>
        <source>Set the verdict: %1.</source>
        <translation>판정을 설정합니다: %1.</translation>
    </message>
    <message>
        <source>How sure the verdict is, 0 to 1.</source>
        <translation>판정의 확실한 정도입니다(0~1).</translation>
    </message>
    <message>
        <source>Why the verdict.</source>
        <translation>판정 이유입니다.</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>기사 파일입니다.</translation>
    </message>
    <message>
        <source>The status, after --assess PILLAR.</source>
        <translation>--assess PILLAR 뒤에 오는 상태입니다.</translation>
    </message>
    <message>
        <source>warning: your agency list was not read, only the built-in one is used: %1
</source>
        <translation>경고: 사용자 통신사 목록을 읽지 못해 기본 제공 목록만 사용합니다: %1
</translation>
    </message>
    <message>
        <source>warning: image %1: metadata: %2
</source>
        <translation>경고: 이미지 %1: 메타데이터: %2
</translation>
    </message>
    <message>
        <source>warning: image %1: its metadata could not be read, so nothing is suggested from it: %2
</source>
        <translation>경고: 이미지 %1: 메타데이터를 읽을 수 없어 메타데이터에서는 아무것도 제안하지 않습니다: %2
</translation>
    </message>
    <message>
        <source>--remove-claim %1: that is a suggestion, not a recorded claim; --reject it so that it is not proposed again</source>
        <translation>--remove-claim %1: 기록된 주장이 아니라 제안입니다. 다시 제안되지 않도록 --reject를 사용하십시오</translation>
    </message>
    <message>
        <source>%1 is given to two of --accept, --reject, --dispute and --remove-claim</source>
        <translation>%1이(가) --accept, --reject, --dispute, --remove-claim 중 두 곳에 지정되었습니다</translation>
    </message>
    <message>
        <source>--%1: unknown origin “%2”; the origins are: %3</source>
        <translation>--%1: 알 수 없는 가져온 곳 “%2”. 가져온 곳: %3</translation>
    </message>
    <message>
        <source>--%1: there is no suggestion from “%2”.
</source>
        <translation>--%1: “%2”에서 나온 제안이 없습니다.
</translation>
    </message>
    <message>
        <source>“%1” is given to both --accept-all-from and --reject-all-from</source>
        <translation>“%1”이(가) --accept-all-from과 --reject-all-from에 모두 지정되었습니다</translation>
    </message>
    <message>
        <source>The record already says so; nothing changed.
</source>
        <translation>이미 그렇게 기록되어 있습니다. 아무것도 변경하지 않았습니다.
</translation>
    </message>
    <message>
        <source>Who is annotating (default: your name in Preferences, else $USER).</source>
        <translation>주석 작성자입니다(기본값: 환경 설정의 이름, 없으면 $USER).</translation>
    </message>
</context>
<context>
    <name>ProvenanceSuggester</name>
    <message>
        <source>%1 says %2, more than a day away from the caption&apos;s %3.</source>
        <translation>%1에는 %2(으)로 되어 있어 캡션의 %3과(와) 하루 넘게 차이가 납니다.</translation>
    </message>
    <message>
        <source>The caption&apos;s credit line reads “%1”.</source>
        <translation>캡션의 크레딧 문구는 “%1”입니다.</translation>
    </message>
    <message>
        <source>The credit names %1 as the photographer.</source>
        <translation>크레딧에 %1이(가) 사진가로 기재되어 있습니다.</translation>
    </message>
    <message>
        <source>The credit names %1 as the photographer&apos;s agency.</source>
        <translation>크레딧에 %1이(가) 사진가의 통신사로 기재되어 있습니다.</translation>
    </message>
    <message>
        <source>The credit says %1 provided the photo.</source>
        <translation>크레딧에 따르면 %1이(가) 사진을 제공했습니다.</translation>
    </message>
    <message>
        <source>The credit names %1 as the source of the photo.</source>
        <translation>크레딧에 %1이(가) 사진의 소스로 기재되어 있습니다.</translation>
    </message>
    <message>
        <source>The credit puts the photo under %1&apos;s mark.</source>
        <translation>크레딧에 사진이 %1의 명의로 표기되어 있습니다.</translation>
    </message>
    <message>
        <source>The credit names %1 first, as the agency that made the photo.</source>
        <translation>크레딧에 %1이(가) 사진을 만든 통신사로 맨 앞에 기재되어 있습니다.</translation>
    </message>
    <message>
        <source>The credit names %1 after the photo&apos;s maker, as its distributor.</source>
        <translation>크레딧에 %1이(가) 사진 제작자 다음에 유통처로 기재되어 있습니다.</translation>
    </message>
    <message>
        <source>The credit says the photo is courtesy of %1.</source>
        <translation>크레딧에 따르면 사진은 %1 제공입니다.</translation>
    </message>
    <message>
        <source>The credit marks it as a pool photo.</source>
        <translation>크레딧에 풀(pool) 사진으로 표시되어 있습니다.</translation>
    </message>
    <message>
        <source>The credit says the photo came via %1.</source>
        <translation>크레딧에 따르면 사진은 %1을(를) 통해 입수되었습니다.</translation>
    </message>
    <message>
        <source>The caption says %1 released the photo.</source>
        <translation>캡션에 따르면 %1이(가) 사진을 배포했습니다.</translation>
    </message>
    <message>
        <source>The caption says %1, state media, distributed the photo.</source>
        <translation>캡션에 따르면 국영 매체인 %1이(가) 사진을 유통했습니다.</translation>
    </message>
    <message>
        <source>The caption says %1 distributed the photo.</source>
        <translation>캡션에 따르면 %1이(가) 사진을 유통했습니다.</translation>
    </message>
    <message>
        <source>The caption says the handout came via %1.</source>
        <translation>캡션에 따르면 이 제공 사진(handout)은 %1을(를) 통해 입수되었습니다.</translation>
    </message>
    <message>
        <source>The caption says the photo is a handout from %1.</source>
        <translation>캡션에 따르면 이 사진은 %1이(가) 제공한 사진(handout)입니다.</translation>
    </message>
    <message>
        <source>The caption says the photo came via %1.</source>
        <translation>캡션에 따르면 사진은 %1을(를) 통해 입수되었습니다.</translation>
    </message>
    <message>
        <source>The caption says the pool photo came via %1.</source>
        <translation>캡션에 따르면 풀 사진은 %1을(를) 통해 입수되었습니다.</translation>
    </message>
    <message>
        <source>The caption says %1 took the pool photo.</source>
        <translation>캡션에 따르면 %1이(가) 풀 사진을 촬영했습니다.</translation>
    </message>
    <message>
        <source>The caption says the photo is courtesy of %1.</source>
        <translation>캡션에 따르면 사진은 %1 제공입니다.</translation>
    </message>
    <message>
        <source>The caption says %1 released the photo on %2.</source>
        <translation>캡션에 따르면 %1이(가) %2에 사진을 배포했습니다.</translation>
    </message>
    <message>
        <source>The caption dates the scene to %1.</source>
        <translation>캡션에 따르면 장면의 날짜는 %1입니다.</translation>
    </message>
    <message>
        <source>The byline names %1.</source>
        <translation>바이라인에 %1이(가) 기재되어 있습니다.</translation>
    </message>
    <message>
        <source>The reporter&apos;s address is at %1, a host of %2.</source>
        <translation>기자의 주소가 %2의 호스트인 %1에 있습니다.</translation>
    </message>
    <message>
        <source>The image is served from %1, a host of %2.</source>
        <translation>이미지가 %2의 호스트인 %1에서 제공됩니다.</translation>
    </message>
    <message>
        <source>The image&apos;s metadata (%1) names %2 as its creator.</source>
        <translation>이미지의 메타데이터(%1)에 %2이(가) 작성자로 기재되어 있습니다.</translation>
    </message>
    <message>
        <source>The image&apos;s metadata (%1) gives the %2.</source>
        <translation>이미지의 메타데이터(%1)에 %2 정보가 있습니다.</translation>
    </message>
    <message>
        <source>The image&apos;s metadata names the city and country.</source>
        <translation>이미지의 메타데이터에 도시와 국가가 기재되어 있습니다.</translation>
    </message>
    <message>
        <source>The image&apos;s metadata (%1) says it was taken on %2.</source>
        <translation>이미지의 메타데이터(%1)에 따르면 %2에 촬영되었습니다.</translation>
    </message>
    <message>
        <source>the metadata field %1</source>
        <translation>메타데이터 필드 %1</translation>
    </message>
    <message>
        <source>the metadata</source>
        <translation>메타데이터</translation>
    </message>
    <message>
        <source>the credit</source>
        <translation>크레딧</translation>
    </message>
    <message>
        <source>the caption</source>
        <translation>캡션</translation>
    </message>
    <message>
        <source>the byline</source>
        <translation>바이라인</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>사이트</translation>
    </message>
    <message>
        <source>%1 says %2; %3 says %4.</source>
        <translation>%1에는 %2(으)로, %3에는 %4(으)로 되어 있습니다.</translation>
    </message>
    <message>
        <source>%1 says %2; the accepted claim says %3.</source>
        <translation>%1에는 %2(으)로, 수락된 주장에는 %3(으)로 되어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n more disagree.</source>
        <translation>
            <numerusform>그 밖에 %n개가 일치하지 않습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionClipboard</name>
    <message numerus="yes">
        <source>%n Provena region(s):</source>
        <translation>
            <numerusform>Provena 영역 %n개:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionCommand</name>
    <message>
        <source>expected X,Y,W,H with positive W and H</source>
        <translation>W와 H가 양수인 X,Y,W,H가 필요합니다</translation>
    </message>
    <message>
        <source>expected x1,y1,x2,y2,… with at least %1 points</source>
        <translation>점이 %1개 이상인 x1,y1,x2,y2,…가 필요합니다</translation>
    </message>
    <message>
        <source>expected X,Y</source>
        <translation>X,Y가 필요합니다</translation>
    </message>
    <message>
        <source>unknown shape “%1”; use rect, ellipse, polygon, polyline or point</source>
        <translation>알 수 없는 도형 “%1”. rect, ellipse, polygon, polyline 또는 point를 사용하십시오</translation>
    </message>
    <message>
        <source>confidence “%1” is not a number from 0 to 1 (or “none”)</source>
        <translation>신뢰도 “%1”이(가) 0에서 1 사이의 숫자(또는 “none”)가 아닙니다</translation>
    </message>
    <message numerus="yes">
        <source>image %1 does not exist: the article has %n image(s)</source>
        <translation>
            <numerusform>이미지 %1이(가) 없습니다. 기사에는 이미지가 %n개 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown label “%1”; known labels (id or name): %2</source>
        <translation>알 수 없는 레이블 “%1”. 알려진 레이블(ID 또는 이름): %2</translation>
    </message>
    <message>
        <source>image %1: %2</source>
        <translation>이미지 %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>올바른 JSON이 아님: %1</translation>
    </message>
    <message>
        <source>not valid at %1: %2</source>
        <translation>%1 위치가 올바르지 않음: %2</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>바이트 %1</translation>
    </message>
    <message>
        <source>expected a JSON array of regions</source>
        <translation>영역의 JSON 배열이 필요합니다</translation>
    </message>
    <message>
        <source>expected a region object</source>
        <translation>영역 객체가 필요합니다</translation>
    </message>
    <message>
        <source>“image” must be an image number, from 1</source>
        <translation>“image”는 1부터 시작하는 이미지 번호여야 합니다</translation>
    </message>
    <message>
        <source>“shape” must be rectangle, ellipse, polygon, polyline or point</source>
        <translation>“shape”는 rectangle, ellipse, polygon, polyline 또는 point여야 합니다</translation>
    </message>
    <message>
        <source>“points” must be an array of [x, y] number pairs</source>
        <translation>“points”는 [x, y] 숫자 쌍의 배열이어야 합니다</translation>
    </message>
    <message>
        <source>a %1 has two points: its top-left and bottom-right corners</source>
        <translation>%1에는 왼쪽 위와 오른쪽 아래 모서리의 두 점이 있어야 합니다</translation>
    </message>
    <message>
        <source>a point has exactly one [x, y]</source>
        <translation>점에는 [x, y]가 정확히 하나 있어야 합니다</translation>
    </message>
    <message>
        <source>“label” must be a label id or name</source>
        <translation>“label”은 레이블 ID 또는 이름이어야 합니다</translation>
    </message>
    <message>
        <source>“note”, “entity” and “identifier” must be strings</source>
        <translation>“note”, “entity”, “identifier”는 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>“confidence” must be a number from 0 to 1, or null</source>
        <translation>“confidence”는 0에서 1 사이의 숫자 또는 null이어야 합니다</translation>
    </message>
    <message>
        <source>links[%1]: “%2” is not in the article text</source>
        <translation>links[%1]: “%2”이(가) 기사 텍스트에 없습니다</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>경고: %1
</translation>
    </message>
    <message>
        <source>Add a region to an image of the article and save the sidecar. Exactly one shape option. Coordinates are image pixels (after EXIF orientation), origin top-left. Prints the new region&apos;s id.
With --from-json FILE, adds every region of FILE (a JSON array of region objects as `region list --json` prints them; - reads standard input) in one step and one save, or none of them when one is not valid; prints the new ids, one per line.</source>
        <translation>기사의 이미지에 영역을 추가하고 사이드카 파일을 저장합니다. 도형 옵션은 정확히 하나만 지정합니다. 좌표는 이미지 픽셀(EXIF 방향 적용 후) 단위이며 원점은 왼쪽 위입니다. 새 영역의 ID를 출력합니다.
--from-json FILE을 지정하면 FILE(`region list --json`이 출력하는 형식의 영역 객체 JSON 배열, -는 표준 입력)의 모든 영역을 한 단계, 한 번의 저장으로 추가하며, 올바르지 않은 영역이 하나라도 있으면 아무것도 추가하지 않습니다. 새 ID를 한 줄에 하나씩 출력합니다.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Image number, from 1 in article order.</source>
        <translation>이미지 번호입니다(기사 순서로 1부터).</translation>
    </message>
    <message>
        <source>Rectangle X,Y,W,H.</source>
        <translation>사각형 X,Y,W,H입니다.</translation>
    </message>
    <message>
        <source>Ellipse in the box X,Y,W,H.</source>
        <translation>상자 X,Y,W,H에 내접하는 타원입니다.</translation>
    </message>
    <message>
        <source>Polygon x1,y1,x2,y2,… (3+ points).</source>
        <translation>다각형 x1,y1,x2,y2,…입니다(점 3개 이상).</translation>
    </message>
    <message>
        <source>Polyline x1,y1,x2,y2,… (2+ points).</source>
        <translation>폴리라인 x1,y1,x2,y2,…입니다(점 2개 이상).</translation>
    </message>
    <message>
        <source>Point X,Y.</source>
        <translation>점 X,Y입니다.</translation>
    </message>
    <message>
        <source>Label id or name, e.g. person or &quot;Flag or insignia&quot;.</source>
        <translation>레이블 ID 또는 이름입니다(예: person 또는 &quot;Flag or insignia&quot;).</translation>
    </message>
    <message>
        <source>A note on the region.</source>
        <translation>영역에 대한 메모입니다.</translation>
    </message>
    <message>
        <source>Who or what the region shows.</source>
        <translation>영역에 나타난 인물 또는 대상입니다.</translation>
    </message>
    <message>
        <source>An IRI identifying the entity, e.g. a Wikidata entity URL.</source>
        <translation>개체를 식별하는 IRI입니다(예: Wikidata 개체 URL).</translation>
    </message>
    <message>
        <source>How sure you are, 0 to 1.</source>
        <translation>확실한 정도입니다(0~1).</translation>
    </message>
    <message>
        <source>Link the region to this text of the article; TEXT@N takes the N-th occurrence. Repeatable.</source>
        <translation>영역을 기사의 이 텍스트에 연결합니다. TEXT@N은 N번째 항목을 뜻합니다. 반복하여 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Add the regions of this JSON file (- for standard input).</source>
        <translation>이 JSON 파일의 영역을 추가합니다(-는 표준 입력).</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>기사 파일입니다.</translation>
    </message>
    <message>
        <source>--from-json takes the regions from the file; --%1 cannot be combined with it</source>
        <translation>--from-json은 파일에서 영역을 가져오므로 --%1과(와) 함께 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>give exactly one of --rect, --ellipse, --polygon, --polyline, --point</source>
        <translation>--rect, --ellipse, --polygon, --polyline, --point 중 정확히 하나를 지정하십시오</translation>
    </message>
    <message>
        <source>--image N is required</source>
        <translation>--image N이 필요합니다</translation>
    </message>
    <message>
        <source>--label is required</source>
        <translation>--label이 필요합니다</translation>
    </message>
    <message>
        <source>--image takes a number, from 1</source>
        <translation>--image에는 1부터 시작하는 숫자를 지정해야 합니다</translation>
    </message>
    <message>
        <source>“%1” (occurrence %2) is not in the article text</source>
        <translation>“%1”(%2번째 항목)이(가) 기사 텍스트에 없습니다</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>표준 입력</translation>
    </message>
    <message>
        <source>%1: cannot read: %2
</source>
        <translation>%1: 읽을 수 없음: %2
</translation>
    </message>
    <message>
        <source>%1: more than %2 MiB of regions; pass them in smaller batches
</source>
        <translation>%1: 영역이 %2MiB를 초과합니다. 더 작은 단위로 나누어 전달하십시오
</translation>
    </message>
    <message>
        <source>The regions file</source>
        <translation>영역 파일</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)
</source>
        <translation>
            <numerusform>… 그 밖에 문제 %n개
</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added.
</source>
        <translation>아무것도 추가하지 않았습니다.
</translation>
    </message>
    <message>
        <source>%1: no regions; nothing was added.
</source>
        <translation>%1: 영역이 없습니다. 아무것도 추가하지 않았습니다.
</translation>
    </message>
    <message>
        <source>List the regions of an article&apos;s sidecar.</source>
        <translation>기사 사이드카 파일의 영역을 나열합니다.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Change a region&apos;s label, note, entity, confidence or shape and save the sidecar. Only what is given changes; an empty value clears a note, entity or identifier, --confidence none clears the confidence. Prints the region&apos;s id.</source>
        <translation>영역의 레이블, 메모, 개체, 신뢰도 또는 도형을 변경하고 사이드카 파일을 저장합니다. 지정한 항목만 변경됩니다. 빈 값을 지정하면 메모, 개체 또는 식별자가 지워지고, --confidence none을 지정하면 신뢰도가 지워집니다. 영역의 ID를 출력합니다.</translation>
    </message>
    <message>
        <source>Label id or name.</source>
        <translation>레이블 ID 또는 이름입니다.</translation>
    </message>
    <message>
        <source>The region&apos;s note.</source>
        <translation>영역의 메모입니다.</translation>
    </message>
    <message>
        <source>An IRI identifying the entity.</source>
        <translation>개체를 식별하는 IRI입니다.</translation>
    </message>
    <message>
        <source>0 to 1, or none.</source>
        <translation>0~1 또는 none입니다.</translation>
    </message>
    <message>
        <source>A new shape: rect=X,Y,W,H, ellipse=X,Y,W,H, polygon=x1,y1,…, polyline=x1,y1,… or point=X,Y.</source>
        <translation>새 도형입니다: rect=X,Y,W,H, ellipse=X,Y,W,H, polygon=x1,y1,…, polyline=x1,y1,… 또는 point=X,Y.</translation>
    </message>
    <message>
        <source>The region id (or a unique prefix of it).</source>
        <translation>영역 ID(또는 고유한 접두사)입니다.</translation>
    </message>
    <message>
        <source>nothing to change: give --label, --note, --entity, --identifier, --confidence or --geometry</source>
        <translation>변경할 내용이 없습니다. --label, --note, --entity, --identifier, --confidence 또는 --geometry를 지정하십시오</translation>
    </message>
    <message>
        <source>--geometry takes SHAPE=NUMBERS, e.g. rect=10,20,30,40</source>
        <translation>--geometry에는 SHAPE=NUMBERS를 지정합니다(예: rect=10,20,30,40)</translation>
    </message>
    <message>
        <source>unknown label “%1”; `provena-cli labels` lists them</source>
        <translation>알 수 없는 레이블 “%1”. `provena-cli labels`로 목록을 볼 수 있습니다</translation>
    </message>
    <message>
        <source>The region already has these values; nothing changed.
</source>
        <translation>영역에 이미 이 값들이 설정되어 있습니다. 아무것도 변경하지 않았습니다.
</translation>
    </message>
    <message>
        <source>Remove a region (and its links) from an article&apos;s sidecar and save it. Text spans that only this region linked to, with no note of their own, go too.</source>
        <translation>기사의 사이드카 파일에서 영역(및 그 연결)을 제거하고 저장합니다. 이 영역만 연결되어 있고 자체 메모가 없는 텍스트 구간도 함께 제거됩니다.</translation>
    </message>
    <message>
        <source>Resolve a merge conflict of a region (a field both sides of a merge changed, as `region list` shows it) and save the sidecar: --take ours keeps the value the region shows, --take theirs sets the other side&apos;s. Prints the region&apos;s id.</source>
        <translation>영역의 병합 충돌(`region list`에 표시되는, 병합 양쪽에서 변경한 필드)을 해결하고 사이드카 파일을 저장합니다. --take ours는 영역에 표시된 값을 유지하고, --take theirs는 상대 쪽 값으로 설정합니다. 영역의 ID를 출력합니다.</translation>
    </message>
    <message>
        <source>The region id (or a unique prefix).</source>
        <translation>영역 ID(또는 고유한 접두사)입니다.</translation>
    </message>
    <message>
        <source>The conflicting field, e.g. body.</source>
        <translation>충돌한 필드입니다(예: body).</translation>
    </message>
    <message>
        <source>ours or theirs.</source>
        <translation>ours 또는 theirs입니다.</translation>
    </message>
    <message>
        <source>--region, --field and --take ours|theirs are required</source>
        <translation>--region, --field, --take ours|theirs가 필요합니다</translation>
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
        <translation>사용법: %1 add ARTICLE --image N SHAPE --label L [--note T] [--entity NAME] [--identifier IRI] [--confidence C] [--link TEXT[@N]]...
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
        <translation>주석 작성자입니다(기본값: 환경 설정의 이름, 없으면 $USER).</translation>
    </message>
</context>
<context>
    <name>RegionImportCommand</name>
    <message>
        <source>Image %1 has no local file to read XMP from; fetch or attach it first.</source>
        <translation>이미지 %1에 XMP를 읽을 로컬 파일이 없습니다. 먼저 가져오거나 첨부하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>--image %1: the article has %n image(s)</source>
        <translation>
            <numerusform>--image %1: 기사에는 이미지가 %n개 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>--map %1=%2: unknown label “%2”; `provena-cli labels` lists them</source>
        <translation>--map %1=%2: 알 수 없는 레이블 “%2”. `provena-cli labels`로 목록을 볼 수 있습니다</translation>
    </message>
    <message>
        <source>Nothing was imported.
</source>
        <translation>아무것도 가져오지 않았습니다.
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>경고: %1
</translation>
    </message>
    <message>
        <source>the image&apos;s XMP</source>
        <translation>이미지의 XMP</translation>
    </message>
    <message numerus="yes">
        <source>would import %n region(s) into image %1 from %2 (%3)</source>
        <translation>
            <numerusform>%2(%3)에서 이미지 %1(으)로 영역 %n개를 가져올 예정</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n region(s) into image %1 from %2 (%3)</source>
        <translation>
            <numerusform>%2(%3)에서 이미지 %1(으)로 영역 %n개를 가져옴</numerusform>
        </translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(레이블 없음)</translation>
    </message>
    <message>
        <source>already present: %1</source>
        <translation>이미 있음: %1</translation>
    </message>
    <message>
        <source>unmapped labels (imported without a label):</source>
        <translation>매핑되지 않은 레이블(레이블 없이 가져옴):</translation>
    </message>
    <message>
        <source>  hint: map them to Provena labels with --map LABEL=person (any label id or name; `provena-cli labels` lists them), or add your own with `provena-cli labels add`. Try the mapping with --dry-run first: importing again with a mapping adds the mapped shapes beside the unlabelled regions.</source>
        <translation>  힌트: --map LABEL=person(임의의 레이블 ID 또는 이름, `provena-cli labels`로 목록 확인)으로 Provena 레이블에 매핑하거나, `provena-cli labels add`로 사용자 레이블을 추가하십시오. 먼저 --dry-run으로 매핑을 시험해 보십시오. 매핑을 지정하여 다시 가져오면 레이블 없는 영역 옆에 매핑된 도형이 추가됩니다.</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>거부됨: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>Import the shapes of another tool&apos;s file — labelme, COCO or VIA (VGG Image Annotator) JSON — or of the image&apos;s own XMP (embedded or in its sidecar) as regions of one image, in one undo step and one save. Labels are matched by id or name; those that match none are reported and their regions imported without a label. Shapes Provena cannot represent are refused and listed, never changed. Shapes already in the sidecar are skipped, so importing twice adds nothing.
Exit 0 when everything was imported, 1 when something was refused or a label did not map (the rest is imported), 2 when a file cannot be read.</source>
        <translation>다른 도구의 파일(labelme, COCO 또는 VIA(VGG Image Annotator) JSON)이나 이미지 자체의 XMP(내장 또는 사이드카 파일)에 있는 도형을 한 이미지의 영역으로 가져옵니다. 실행 취소 한 단계, 한 번의 저장으로 처리됩니다. 레이블은 ID 또는 이름으로 대조하며, 일치하는 것이 없는 레이블은 보고하고 해당 영역은 레이블 없이 가져옵니다. Provena가 표현할 수 없는 도형은 변경하지 않고 거부하여 나열합니다. 이미 사이드카 파일에 있는 도형은 건너뛰므로 두 번 가져와도 아무것도 추가되지 않습니다.
종료 코드 0: 모두 가져옴, 1: 거부된 항목이 있거나 매핑되지 않은 레이블이 있음(나머지는 가져옴), 2: 파일을 읽을 수 없음.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Image number, from 1 in article order.</source>
        <translation>이미지 번호입니다(기사 순서로 1부터).</translation>
    </message>
    <message>
        <source>Import the IPTC and MWG regions of the image&apos;s XMP.</source>
        <translation>이미지 XMP의 IPTC 및 MWG 영역을 가져옵니다.</translation>
    </message>
    <message>
        <source>The format of FILE: labelme, coco or via.</source>
        <translation>FILE의 형식입니다: labelme, coco 또는 via.</translation>
    </message>
    <message>
        <source>Give the file&apos;s label FROM the Provena label TO (id or name). Repeatable.</source>
        <translation>파일의 레이블 FROM에 Provena 레이블 TO(ID 또는 이름)를 지정합니다. 반복하여 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>COCO: the image&apos;s id in the file (default: the image whose file_name matches).</source>
        <translation>COCO: 파일 안에서 이미지의 ID입니다(기본값: file_name이 일치하는 이미지).</translation>
    </message>
    <message>
        <source>VIA: the region attribute that holds the label (default: the only attribute, else label, name, type or class).</source>
        <translation>VIA: 레이블이 들어 있는 영역 속성입니다(기본값: 속성이 하나뿐이면 그 속성, 아니면 label, name, type 또는 class).</translation>
    </message>
    <message>
        <source>Print what would be imported; write nothing.</source>
        <translation>가져올 내용을 출력만 하고 아무것도 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>기사 파일입니다.</translation>
    </message>
    <message>
        <source>The file to import (with --format).</source>
        <translation>가져올 파일입니다(--format과 함께).</translation>
    </message>
    <message>
        <source>--image N is required</source>
        <translation>--image N이 필요합니다</translation>
    </message>
    <message>
        <source>--image takes a number, from 1</source>
        <translation>--image에는 1부터 시작하는 숫자를 지정해야 합니다</translation>
    </message>
    <message>
        <source>give either --from-xmp or --format FORMAT FILE</source>
        <translation>--from-xmp 또는 --format FORMAT FILE 중 하나를 지정하십시오</translation>
    </message>
    <message>
        <source>--from-xmp reads the image&apos;s XMP and takes no FILE</source>
        <translation>--from-xmp는 이미지의 XMP를 읽으므로 FILE을 지정하지 않습니다</translation>
    </message>
    <message>
        <source>unknown format “%1”; use labelme, coco or via</source>
        <translation>알 수 없는 형식 “%1”. labelme, coco 또는 via를 사용하십시오</translation>
    </message>
    <message>
        <source>--format %1 needs the FILE to import</source>
        <translation>--format %1에는 가져올 FILE이 필요합니다</translation>
    </message>
    <message>
        <source>--coco-image-id goes with --format coco</source>
        <translation>--coco-image-id는 --format coco와 함께 사용합니다</translation>
    </message>
    <message>
        <source>--via-attribute goes with --format via</source>
        <translation>--via-attribute는 --format via와 함께 사용합니다</translation>
    </message>
    <message>
        <source>--map takes FROM=TO, e.g. --map car=vehicle; got “%1”</source>
        <translation>--map에는 FROM=TO를 지정합니다(예: --map car=vehicle). 지정한 값: “%1”</translation>
    </message>
    <message>
        <source>Import: %1 import ARTICLE --image N (--from-xmp | --format labelme|coco|via FILE) [--map FROM=TO]... [--coco-image-id ID] [--via-attribute NAME] [--dry-run] [--json] (import --help)
</source>
        <translation>가져오기: %1 import ARTICLE --image N (--from-xmp | --format labelme|coco|via FILE) [--map FROM=TO]... [--coco-image-id ID] [--via-attribute NAME] [--dry-run] [--json] (import --help)
</translation>
    </message>
    <message>
        <source>missing subcommand</source>
        <translation>하위 명령이 없습니다</translation>
    </message>
    <message>
        <source>unknown subcommand “%1”</source>
        <translation>알 수 없는 하위 명령 “%1”</translation>
    </message>
    <message>
        <source>Who is annotating (default: your name in Preferences, else $USER).</source>
        <translation>주석 작성자입니다(기본값: 환경 설정의 이름, 없으면 $USER).</translation>
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
        <translation>검토</translation>
    </message>
</context>
<context>
    <name>RegionRenderer</name>
    <message>
        <source>No regions are marked on this image.</source>
        <translation>이 이미지에 표시된 영역이 없습니다.</translation>
    </message>
    <message>
        <source>Regions marked on this image: %1 (the first %2 are listed here; the report lists all)</source>
        <translation>이 이미지에 표시된 영역: %1개(여기에는 처음 %2개만 나열, 보고서에는 모두 나열)</translation>
    </message>
    <message>
        <source>Regions marked on this image: %1</source>
        <translation>이 이미지에 표시된 영역: %1개</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(레이블 없음)</translation>
    </message>
    <message>
        <source>Could not draw the regions of “%1”: the rendering size %2 and crop size %3 must be positive.</source>
        <translation>“%1”의 영역을 그릴 수 없습니다. 렌더링 크기 %2과(와) 자르기 크기 %3은(는) 양수여야 합니다.</translation>
    </message>
    <message>
        <source>Could not draw the regions of “%1”: drawing text needs the graphical part of Qt (a QGuiApplication, offscreen is enough).</source>
        <translation>“%1”의 영역을 그릴 수 없습니다. 텍스트를 그리려면 Qt의 그래픽 부분(QGuiApplication, offscreen으로 충분)이 필요합니다.</translation>
    </message>
    <message>
        <source>Not enough memory to draw the regions of “%1”.</source>
        <translation>“%1”의 영역을 그릴 메모리가 부족합니다.</translation>
    </message>
    <message>
        <source>Could not encode an empty image as JPEG.</source>
        <translation>빈 이미지를 JPEG로 인코딩할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not encode a %1×%2 image as JPEG.</source>
        <translation>%1×%2 이미지를 JPEG로 인코딩할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>RegionValidator</name>
    <message numerus="yes">
        <source>the size of image %1 is unknown, so its %n region(s) could not be checked against its bounds; fetch or attach the image and run validate again</source>
        <translation>
            <numerusform>이미지 %1의 크기를 알 수 없어 영역 %n개가 경계 안에 있는지 검사할 수 없습니다. 이미지를 가져오거나 첨부한 후 validate를 다시 실행하십시오</numerusform>
        </translation>
    </message>
    <message>
        <source>image index %1 is negative</source>
        <translation>이미지 인덱스 %1이(가) 음수입니다</translation>
    </message>
    <message>
        <source>a %1 has exactly %2 point(s), not %3</source>
        <translation>%1에는 점이 정확히 %2개 있어야 하지만 %3개입니다</translation>
    </message>
    <message>
        <source>a %1 needs at least %2 points, not %3</source>
        <translation>%1에는 점이 %2개 이상 필요하지만 %3개입니다</translation>
    </message>
    <message>
        <source>%1 points are more than the limit of %2</source>
        <translation>점 %1개는 제한인 %2개를 초과합니다</translation>
    </message>
    <message>
        <source>point %1 is not a pair of finite numbers</source>
        <translation>점 %1이(가) 유한한 숫자 쌍이 아닙니다</translation>
    </message>
    <message>
        <source>point %1 (%2, %3) is outside 0 to %4</source>
        <translation>점 %1(%2, %3)이(가) 0~%4 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>the shape (%1,%2 to %3,%4) lies outside the image, which is %5×%6 pixels</source>
        <translation>도형(%1,%2 ~ %3,%4)이 %5×%6픽셀 이미지 밖에 있습니다</translation>
    </message>
    <message>
        <source>“%1” is not a label id (1 to 64 of a–z, 0–9, &apos;-&apos; and &apos;_&apos;)</source>
        <translation>“%1”은(는) 레이블 ID(a–z, 0–9, &apos;-&apos;, &apos;_&apos;로 된 1~64자)가 아닙니다</translation>
    </message>
    <message>
        <source>“%1” is not a known label</source>
        <translation>“%1”은(는) 알려진 레이블이 아닙니다</translation>
    </message>
    <message>
        <source>confidence %1 is not between 0 and 1</source>
        <translation>신뢰도 %1이(가) 0과 1 사이가 아닙니다</translation>
    </message>
    <message>
        <source>“%1” is not an absolute IRI (e.g. http://www.wikidata.org/entity/Q42)</source>
        <translation>“%1”은(는) 절대 IRI(예: http://www.wikidata.org/entity/Q42)가 아닙니다</translation>
    </message>
    <message>
        <source>text of %1 characters is longer than the limit of %2</source>
        <translation>텍스트 길이 %1자가 제한인 %2자를 초과합니다</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Untitled article</source>
        <translation>제목 없는 기사</translation>
    </message>
    <message>
        <source>en</source>
        <comment>BCP 47 code of this translation</comment>
        <translation>ko</translation>
    </message>
    <message>
        <source>%1 — Provena report</source>
        <translation>%1 — Provena 보고서</translation>
    </message>
    <message>
        <source>Article file</source>
        <translation>기사 파일</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>번들</translation>
    </message>
    <message>
        <source>Bundle date</source>
        <translation>번들 날짜</translation>
    </message>
    <message>
        <source>Article date</source>
        <translation>기사 날짜</translation>
    </message>
    <message>
        <source>Author(s)</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Annotations made</source>
        <translation>작성된 주석</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>영역 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked text span(s)</source>
        <translation>
            <numerusform>연결된 텍스트 구간 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>기사 텍스트</translation>
    </message>
    <message>
        <source>Linked spans not in the text</source>
        <translation>텍스트에 없는 연결된 구간</translation>
    </message>
    <message>
        <source>Highlighted spans are linked to regions; the small numbers after them name the regions (see each image&apos;s table).</source>
        <translation>강조 표시된 구간은 영역에 연결되어 있습니다. 뒤에 붙은 작은 숫자는 영역 번호입니다(각 이미지의 표 참조).</translation>
    </message>
    <message>
        <source>The article has no text to show.</source>
        <translation>기사에 표시할 텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>[Image %1, shown below]</source>
        <translation>[이미지 %1, 아래에 표시]</translation>
    </message>
    <message>
        <source>These spans could not be placed in the article&apos;s text as shown above: the text changed since they were made (orphaned), or they lie in markup a reader does not see. They are kept with their last known quote.</source>
        <translation>이 구간들은 위에 표시된 기사 텍스트에 배치할 수 없었습니다. 구간을 만든 후 텍스트가 변경되었거나(고립됨), 독자에게 보이지 않는 마크업 안에 있습니다. 마지막으로 알려진 인용문과 함께 보관됩니다.</translation>
    </message>
    <message>
        <source>not among the text a reader sees</source>
        <translation>독자에게 보이는 텍스트에 없음</translation>
    </message>
    <message>
        <source>(code points %1–%2)</source>
        <translation>(코드 포인트 %1–%2)</translation>
    </message>
    <message>
        <source>Made with Provena %1.</source>
        <translation>Provena %1(으)로 작성했습니다.</translation>
    </message>
    <message>
        <source>Made with Provena %1 from the annotations in %2.</source>
        <translation>%2의 주석을 바탕으로 Provena %1(으)로 작성했습니다.</translation>
    </message>
    <message>
        <source>Forensic views</source>
        <translation>포렌식 보기</translation>
    </message>
    <message>
        <source>These views are aids: they show evidence, they do not declare an image fake.</source>
        <translation>이 보기는 보조 자료입니다. 증거를 보여 줄 뿐 이미지가 가짜라고 단정하지 않습니다.</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(레이블 없음)</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>이미지 %1</translation>
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
        <translation>영역</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>크레딧: %1</translation>
    </message>
    <message>
        <source>Referenced in the article as:</source>
        <translation>기사에서의 참조:</translation>
    </message>
    <message>
        <source>The article no longer references this image; what was recorded for it is kept.</source>
        <translation>기사가 더 이상 이 이미지를 참조하지 않습니다. 이 이미지에 대해 기록된 내용은 보관됩니다.</translation>
    </message>
    <message>
        <source>The image file is not in the bundle: its regions are drawn on an empty frame.</source>
        <translation>이미지 파일이 번들에 없습니다. 영역은 빈 프레임 위에 그려집니다.</translation>
    </message>
    <message>
        <source>The image file is not in the bundle.</source>
        <translation>이미지 파일이 번들에 없습니다.</translation>
    </message>
    <message>
        <source>The image could not be read for this PDF: %1</source>
        <translation>이 PDF에 넣을 이미지를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The image&apos;s size is not recorded: the frame only spans its regions.</source>
        <translation>이미지 크기가 기록되어 있지 않습니다. 프레임은 영역이 차지하는 범위만큼만 표시됩니다.</translation>
    </message>
    <message>
        <source>The image with numbered regions and a legend</source>
        <translation>번호가 매겨진 영역과 범례가 있는 이미지</translation>
    </message>
    <message>
        <source>Regions on image %1</source>
        <translation>이미지 %1의 영역</translation>
    </message>
    <message>
        <source>No regions are marked on this image.</source>
        <translation>이 이미지에 표시된 영역이 없습니다.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Geometry (pixels)</source>
        <translation>도형(픽셀)</translation>
    </message>
    <message>
        <source>Linked text</source>
        <translation>연결된 텍스트</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>자르기</translation>
    </message>
    <message>
        <source>confidence %1 %</source>
        <translation>신뢰도 %1%</translation>
    </message>
    <message>
        <source>Needs review: the image changed since it was marked</source>
        <translation>검토 필요: 표시한 후 이미지가 변경됨</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>영역 %1</translation>
    </message>
    <message>
        <source>a text span that is no longer recorded</source>
        <translation>더 이상 기록되어 있지 않은 텍스트 구간</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Nothing is recorded yet about where this image comes from.</source>
        <translation>이 이미지의 출처에 관해 아직 기록된 내용이 없습니다.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>No claims are recorded.</source>
        <translation>기록된 주장이 없습니다.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>진술</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>증거</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>기록 일시</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>관리 연속성</translation>
    </message>
    <message>
        <source>No custody events: none of the accepted claims names who made or passed on the image.</source>
        <translation>관리 이벤트가 없습니다. 수락된 주장 중 이미지를 만들거나 전달한 주체를 명시한 것이 없습니다.</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>날짜 알 수 없음</translation>
    </message>
    <message>
        <source>Verification: the five pillars</source>
        <translation>검증: 다섯 가지 검증 축</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>평가 일시</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>No verdict has been given.</source>
        <translation>판정이 내려지지 않았습니다.</translation>
    </message>
    <message>
        <source>(confidence %1 %)</source>
        <translation>(신뢰도 %1%)</translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <translation>판정자: %1</translation>
    </message>
    <message>
        <source>Key metadata</source>
        <translation>주요 메타데이터</translation>
    </message>
    <message>
        <source>The image file is not in the bundle, so its metadata was not read.</source>
        <translation>이미지 파일이 번들에 없으므로 메타데이터를 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>The image&apos;s metadata names no creator, credit, dates, camera or other key facts.</source>
        <translation>이미지의 메타데이터에 작성자, 크레딧, 날짜, 카메라 등 주요 정보가 없습니다.</translation>
    </message>
    <message>
        <source>Could not make the PDF report: no article was given.</source>
        <translation>PDF 보고서를 만들 수 없습니다. 기사가 지정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not make the PDF report of “%1”: Qt&apos;s PDF writer produced nothing.</source>
        <translation>“%1”의 PDF 보고서를 만들 수 없습니다. Qt의 PDF 작성기가 아무것도 생성하지 않았습니다.</translation>
    </message>
    <message>
        <source>x %1, y %2, %3 × %4</source>
        <translation>x %1, y %2, %3 × %4</translation>
    </message>
    <message>
        <source>rectangle %1</source>
        <translation>사각형 %1</translation>
    </message>
    <message>
        <source>ellipse in %1</source>
        <translation>%1 안의 타원</translation>
    </message>
    <message numerus="yes">
        <source>polygon of %n points in %1</source>
        <translation>
            <numerusform>%1 안의 점 %n개로 된 다각형</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>line of %n points in %1</source>
        <translation>
            <numerusform>%1 안의 점 %n개로 된 선</numerusform>
        </translation>
    </message>
    <message>
        <source>point at x %1, y %2</source>
        <translation>x %1, y %2 위치의 점</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>제안됨</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>수락됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>이의 제기됨</translation>
    </message>
    <message>
        <source>state media</source>
        <translation>국영 매체</translation>
    </message>
    <message>
        <source>wire service</source>
        <translation>뉴스 통신사</translation>
    </message>
    <message>
        <source>photo agency</source>
        <translation>사진 통신사</translation>
    </message>
    <message>
        <source>newspaper</source>
        <translation>신문사</translation>
    </message>
    <message>
        <source>broadcaster</source>
        <translation>방송사</translation>
    </message>
    <message>
        <source>government</source>
        <translation>정부</translation>
    </message>
    <message>
        <source>person</source>
        <translation>개인</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>software</source>
        <translation>소프트웨어</translation>
    </message>
    <message>
        <source>found elsewhere in the text</source>
        <translation>텍스트의 다른 위치에서 찾음</translation>
    </message>
    <message>
        <source>found by approximate match</source>
        <translation>근사 일치로 찾음</translation>
    </message>
    <message>
        <source>no longer found in the text</source>
        <translation>텍스트에서 더 이상 찾을 수 없음</translation>
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
        <translation>XMP 사이드카 파일</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>C2PA manifest</source>
        <translation>C2PA 매니페스트</translation>
    </message>
    <message>
        <source>Thumbnail mismatch</source>
        <translation>썸네일 불일치</translation>
    </message>
    <message>
        <source>Metadata stripped</source>
        <translation>메타데이터 제거됨</translation>
    </message>
    <message>
        <source>Editing software</source>
        <translation>편집 소프트웨어</translation>
    </message>
    <message>
        <source>Date mismatch</source>
        <translation>날짜 불일치</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>크레딧</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>저작권</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>촬영 날짜</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>수정 날짜</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>렌즈</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>소프트웨어</translation>
    </message>
    <message>
        <source>GPS position</source>
        <translation>GPS 위치</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Digital source type</source>
        <translation>디지털 소스 유형</translation>
    </message>
    <message>
        <source>Damaged metadata</source>
        <translation>손상된 메타데이터</translation>
    </message>
</context>
<context>
    <name>SafeExtractor</name>
    <message>
        <source>Refused “%1”: the entry “%2” is unsafe: %3. Nothing was extracted into “%4”.</source>
        <translation>“%1”을(를) 거부했습니다. 항목 “%2”이(가) 안전하지 않습니다: %3. “%4”에 아무것도 압축 해제하지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not extract “%1”: “%2” is not a folder.</source>
        <translation>“%1”을(를) 압축 해제할 수 없습니다. “%2”은(는) 폴더가 아닙니다.</translation>
    </message>
    <message>
        <source>Could not open “%1” as a zip file. Nothing was extracted.</source>
        <translation>“%1”을(를) zip 파일로 열 수 없습니다. 아무것도 압축 해제하지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not extract “%1”: no folder could be made in “%2”. Check that it is writable.</source>
        <translation>“%1”을(를) 압축 해제할 수 없습니다. “%2”에 폴더를 만들 수 없습니다. 쓰기 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Extracting “%1” was cancelled; nothing was kept.</source>
        <translation>“%1” 압축 해제가 취소되었습니다. 아무것도 보관하지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not read “%1”: the zip is damaged. Nothing was extracted.</source>
        <translation>“%1”을(를) 읽을 수 없습니다. zip이 손상되었습니다. 아무것도 압축 해제하지 않았습니다.</translation>
    </message>
    <message>
        <source>it lies outside the bundle&apos;s folder (a bundle holds exactly one top-level folder)</source>
        <translation>번들 폴더 밖에 있음(번들에는 최상위 폴더가 정확히 하나 있어야 함)</translation>
    </message>
    <message>
        <source>it is in a second top-level folder besides “%1”</source>
        <translation>“%1” 외의 두 번째 최상위 폴더에 있음</translation>
    </message>
    <message>
        <source>its folder name is reserved</source>
        <translation>폴더 이름이 예약되어 있음</translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation>폴더를 만들 수 없음</translation>
    </message>
    <message>
        <source>its folder could not be created</source>
        <translation>해당 폴더를 만들 수 없음</translation>
    </message>
    <message>
        <source>Could not create “%1” while extracting “%2”. Nothing was kept.</source>
        <translation>“%2”을(를) 압축 해제하는 중에 “%1”을(를) 만들 수 없습니다. 아무것도 보관하지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not extract the entry “%1” of “%2”: it is damaged. Nothing was kept.</source>
        <translation>“%2”의 항목 “%1”을(를) 압축 해제할 수 없습니다. 항목이 손상되었습니다. 아무것도 보관하지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not write “%1” while extracting “%2”. Check the free disk space. Nothing was kept.</source>
        <translation>“%2”을(를) 압축 해제하는 중에 “%1”을(를) 쓸 수 없습니다. 디스크 여유 공간을 확인하십시오. 아무것도 보관하지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not write “%1” while extracting “%2”. Nothing was kept.</source>
        <translation>“%2”을(를) 압축 해제하는 중에 “%1”을(를) 쓸 수 없습니다. 아무것도 보관하지 않았습니다.</translation>
    </message>
    <message>
        <source>Refused “%1”: it holds no folder (a bundle holds exactly one top-level folder). Nothing was extracted.</source>
        <translation>“%1”을(를) 거부했습니다. 폴더가 없습니다(번들에는 최상위 폴더가 정확히 하나 있어야 함). 아무것도 압축 해제하지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not extract “%1”: “%2” already exists in “%3”. Remove or rename it, or choose another folder.</source>
        <translation>“%1”을(를) 압축 해제할 수 없습니다. “%3”에 “%2”이(가) 이미 있습니다. 제거하거나 이름을 바꾸거나, 다른 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>Could not extract “%1” into “%2”.</source>
        <translation>“%1”을(를) “%2”에 압축 해제할 수 없습니다.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>메모리 부족</translation>
    </message>
    <message>
        <source>not a zip file</source>
        <translation>zip 파일이 아님</translation>
    </message>
    <message>
        <source>its name is not valid UTF-8</source>
        <translation>이름이 올바른 UTF-8이 아님</translation>
    </message>
    <message>
        <source>its name is empty</source>
        <translation>이름이 비어 있음</translation>
    </message>
    <message>
        <source>its name contains a control character</source>
        <translation>이름에 제어 문자가 있음</translation>
    </message>
    <message>
        <source>its path is absolute</source>
        <translation>경로가 절대 경로임</translation>
    </message>
    <message>
        <source>its path contains a backslash, which Windows reads as a folder separator</source>
        <translation>경로에 Windows가 폴더 구분자로 읽는 백슬래시가 있음</translation>
    </message>
    <message>
        <source>its path starts with a drive letter</source>
        <translation>경로가 드라이브 문자로 시작함</translation>
    </message>
    <message>
        <source>its path contains “..”, which would leave the folder</source>
        <translation>경로에 폴더 밖을 가리키는 “..”이(가) 있음</translation>
    </message>
    <message>
        <source>its path has an empty or “.” component</source>
        <translation>경로에 비어 있거나 “.”인 구성 요소가 있음</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation>암호화되어 있음</translation>
    </message>
    <message>
        <source>it is a hard link (to “%1”)</source>
        <translation>하드 링크임(“%1”을(를) 가리킴)</translation>
    </message>
    <message>
        <source>it is a symbolic link (to “%1”)</source>
        <translation>심볼릭 링크임(“%1”을(를) 가리킴)</translation>
    </message>
    <message>
        <source>it is a character device</source>
        <translation>문자 장치임</translation>
    </message>
    <message>
        <source>it is a block device</source>
        <translation>블록 장치임</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO)</source>
        <translation>명명된 파이프(FIFO)임</translation>
    </message>
    <message>
        <source>it is a socket</source>
        <translation>소켓임</translation>
    </message>
    <message>
        <source>it is not a regular file or folder</source>
        <translation>일반 파일이나 폴더가 아님</translation>
    </message>
    <message>
        <source>the name appears twice in the zip</source>
        <translation>zip에 같은 이름이 두 번 나옴</translation>
    </message>
    <message>
        <source>it is both a file and a folder in the zip</source>
        <translation>zip에서 파일이면서 폴더임</translation>
    </message>
    <message>
        <source>its name differs only by case or Unicode normalisation from “%1”</source>
        <translation>이름이 “%1”과(와) 대소문자 또는 유니코드 정규화만 다름</translation>
    </message>
    <message>
        <source>it expands to more than %1 bytes, the limit for one entry</source>
        <translation>압축 해제 크기가 항목당 제한인 %1바이트를 초과함</translation>
    </message>
    <message>
        <source>the bundle expands to more than %1 bytes, the limit for all entries</source>
        <translation>번들의 압축 해제 크기가 전체 항목 제한인 %1바이트를 초과함</translation>
    </message>
    <message>
        <source>it expands more than %1 times its compressed size (a zip bomb?)</source>
        <translation>압축 해제 크기가 압축 크기의 %1배를 초과함(zip 폭탄?)</translation>
    </message>
    <message>
        <source>the zip has more than %1 entries</source>
        <translation>zip의 항목이 %1개를 초과함</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>“%1” is a symbolic link to “%2”: Provena does not save through links, because that would change “%2” instead. Replace the link with a copy of the file, or remove it, then save again.</source>
        <translation>“%1”은(는) “%2”을(를) 가리키는 심볼릭 링크입니다. 링크를 통해 저장하면 “%2”이(가) 대신 변경되므로 Provena는 링크를 통해 저장하지 않습니다. 링크를 파일의 사본으로 바꾸거나 제거한 후 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>“%1” is %2, not a file: Provena saves only over regular files. Rename or remove it, then save again.</source>
        <translation>“%1”은(는) 파일이 아니라 %2입니다. Provena는 일반 파일만 덮어써서 저장합니다. 이름을 바꾸거나 제거한 후 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>Could not open “%1” for writing. Check that its folder exists and that you may write there.</source>
        <translation>“%1”을(를) 쓰기용으로 열 수 없습니다. 폴더가 있는지, 그곳에 쓰기 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Could not give the saved “%1” its previous owner.</source>
        <translation>저장한 “%1”에 이전 소유자를 지정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not give the saved “%1” its previous permissions.</source>
        <translation>저장한 “%1”에 이전 권한을 지정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not finish saving “%1”. Check that the disk is not full and save again.</source>
        <translation>“%1” 저장을 완료할 수 없습니다. 디스크가 가득 차지 않았는지 확인하고 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>“%1” is a folder, so Provena cannot keep the previous version of “%2” there. Rename or remove the folder, then save again.</source>
        <translation>“%1”은(는) 폴더이므로 Provena가 그곳에 “%2”의 이전 버전을 보관할 수 없습니다. 폴더의 이름을 바꾸거나 제거한 후 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>Could not replace the old backup copy “%1”. Remove it, then save again.</source>
        <translation>이전 백업 사본 “%1”을(를) 교체할 수 없습니다. 제거한 후 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>Could not read “%1” to keep a backup copy of it.</source>
        <translation>백업 사본을 보관하기 위해 “%1”을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not write the backup copy “%1”. Check that the disk is not full.</source>
        <translation>백업 사본 “%1”을(를) 쓸 수 없습니다. 디스크가 가득 차지 않았는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Could not write “%1”. Check that the disk is not full and save again.</source>
        <translation>“%1”을(를) 쓸 수 없습니다. 디스크가 가득 차지 않았는지 확인하고 다시 저장하십시오.</translation>
    </message>
</context>
<context>
    <name>SidecarLock</name>
    <message>
        <source>a symbolic link to “%1”</source>
        <translation>“%1”을(를) 가리키는 심볼릭 링크</translation>
    </message>
    <message>
        <source>Provena cannot lock “%1” for saving: its lock file “%2” is %3. Remove it and save again.</source>
        <translation>Provena가 저장을 위해 “%1”을(를) 잠글 수 없습니다. 잠금 파일 “%2”이(가) %3입니다. 제거한 후 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>Provena cannot create the lock file “%1” beside the sidecar: the folder is not writable. Make it writable, or save the article elsewhere (Save As).</source>
        <translation>사이드카 파일 옆에 잠금 파일 “%1”을(를) 만들 수 없습니다. 폴더에 쓰기 권한이 없습니다. 쓰기 권한을 부여하거나 기사를 다른 위치에 저장하십시오(다른 이름으로 저장).</translation>
    </message>
    <message>
        <source>Provena cannot create the lock file “%1” beside the sidecar. Check the folder, then save again.</source>
        <translation>사이드카 파일 옆에 잠금 파일 “%1”을(를) 만들 수 없습니다. 폴더를 확인한 후 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>“%1” is being saved by another program. Try again in a moment.</source>
        <translation>다른 프로그램이 “%1”을(를) 저장하는 중입니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>“%1” is being saved by another Provena (pid %2 on %3). Try again when it has finished; if no Provena is running there, delete “%4”.</source>
        <translation>다른 Provena(%3의 pid %2)가 “%1”을(를) 저장하는 중입니다. 저장이 끝난 후 다시 시도하십시오. 해당 위치에서 실행 중인 Provena가 없으면 “%4”을(를) 삭제하십시오.</translation>
    </message>
</context>
<context>
    <name>SidecarMerger</name>
    <message>
        <source>The merged sidecar would not be valid: %1</source>
        <translation>병합된 사이드카 파일이 올바르지 않게 됩니다: %1</translation>
    </message>
</context>
<context>
    <name>SidecarPull</name>
    <message>
        <source>There is no merge conflict on “%1” of %2.</source>
        <translation>%2의 “%1”에는 병합 충돌이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not in the sidecar.</source>
        <translation>%1이(가) 사이드카 파일에 없습니다.</translation>
    </message>
</context>
<context>
    <name>SidecarReader</name>
    <message>
        <source>The sidecar is not valid at %1: %2</source>
        <translation>%1 위치에서 사이드카 파일이 올바르지 않습니다: %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>객체가 필요합니다</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>문자열이 필요합니다</translation>
    </message>
    <message>
        <source>text of %1 characters is longer than the limit of %2</source>
        <translation>텍스트 길이 %1자가 제한인 %2자를 초과합니다</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>숫자가 필요합니다</translation>
    </message>
    <message>
        <source>the number %1 is outside the allowed range %2 to %3</source>
        <translation>숫자 %1이(가) 허용 범위 %2~%3을(를) 벗어났습니다</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>정수가 필요합니다</translation>
    </message>
    <message>
        <source>“%1” is not an xsd:dateTime</source>
        <translation>“%1”은(는) xsd:dateTime이 아닙니다</translation>
    </message>
    <message>
        <source>expected a “urn:uuid:” IRI, found “%1”</source>
        <translation>“urn:uuid:” IRI가 필요하지만 “%1”이(가) 있습니다</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>배열이 필요합니다</translation>
    </message>
    <message>
        <source>The sidecar was written by a newer Provena (schema version %1; this version reads up to %2). Open it with a newer Provena.</source>
        <translation>이 사이드카 파일은 더 새로운 Provena에서 작성되었습니다(스키마 버전 %1, 이 버전은 %2까지 읽을 수 있음). 더 새로운 Provena로 여십시오.</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>“%1”은(는) 다음 중 하나가 아닙니다: %2</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date, date-time or range “A/B”</source>
        <translation>“%1”은(는) ISO 8601 날짜, 날짜-시간 또는 범위 “A/B”가 아닙니다</translation>
    </message>
    <message>
        <source>the span ends before it starts</source>
        <translation>구간의 끝이 시작보다 앞에 있습니다</translation>
    </message>
    <message>
        <source>expected 64 lower-case hex digits</source>
        <translation>소문자 16진수 64자리가 필요합니다</translation>
    </message>
    <message>
        <source>an image needs “imageIndex” or “sha256”</source>
        <translation>이미지에는 “imageIndex” 또는 “sha256”이 필요합니다</translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation>ID %1이(가) 두 번 사용되었습니다</translation>
    </message>
    <message>
        <source>expected a “ProvenanceClaim”</source>
        <translation>“ProvenanceClaim”이 필요합니다</translation>
    </message>
    <message>
        <source>the pillar “%1” is assessed twice</source>
        <translation>검증 축 “%1”이(가) 두 번 평가되었습니다</translation>
    </message>
    <message>
        <source>expected an “AnnotationCollection”</source>
        <translation>“AnnotationCollection”이 필요합니다</translation>
    </message>
    <message>
        <source>must name %1</source>
        <translation>%1을(를) 지정해야 합니다</translation>
    </message>
    <message>
        <source>annotations on further pages are not supported; Provena writes one page</source>
        <translation>추가 페이지의 주석은 지원되지 않습니다. Provena는 한 페이지만 씁니다</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true 또는 false가 필요합니다</translation>
    </message>
    <message>
        <source>no image of annotatedImages has this IRI</source>
        <translation>annotatedImages에 이 IRI를 가진 이미지가 없습니다</translation>
    </message>
    <message>
        <source>no region has the id %1</source>
        <translation>ID가 %1인 영역이 없습니다</translation>
    </message>
    <message>
        <source>no text anchor has the id %1</source>
        <translation>ID가 %1인 텍스트 구간이 없습니다</translation>
    </message>
    <message>
        <source>The sidecar is not valid JSON: %1.</source>
        <translation>사이드카 파일이 올바른 JSON이 아닙니다: %1.</translation>
    </message>
    <message>
        <source>byte offset %1</source>
        <translation>바이트 오프셋 %1</translation>
    </message>
    <message>
        <source>The sidecar is not valid: the top level must be a JSON object.</source>
        <translation>사이드카 파일이 올바르지 않습니다. 최상위 수준은 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>The sidecar</source>
        <translation>사이드카 파일</translation>
    </message>
    <message>
        <source>unknown shape “%1”</source>
        <translation>알 수 없는 도형 “%1”</translation>
    </message>
    <message>
        <source>expected an array of x, y numbers</source>
        <translation>x, y 숫자 배열이 필요합니다</translation>
    </message>
    <message>
        <source>the points do not make a valid %1</source>
        <translation>점들이 올바른 %1을(를) 이루지 않습니다</translation>
    </message>
    <message>
        <source>expected a selector object</source>
        <translation>선택기 객체가 필요합니다</translation>
    </message>
    <message>
        <source>no shape Provena can read</source>
        <translation>Provena가 읽을 수 있는 도형이 없습니다</translation>
    </message>
    <message>
        <source>the shape has coordinates outside 0 to %1</source>
        <translation>도형의 좌표가 0~%1 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>end is before start</source>
        <translation>끝이 시작보다 앞에 있습니다</translation>
    </message>
    <message>
        <source>a TextQuoteSelector is required</source>
        <translation>TextQuoteSelector가 필요합니다</translation>
    </message>
    <message>
        <source>expected an absolute IRI</source>
        <translation>절대 IRI가 필요합니다</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Edit Provenance</source>
        <translation>출처 편집</translation>
    </message>
    <message>
        <source>Add Region</source>
        <translation>영역 추가</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Region(s)</source>
        <translation>
            <numerusform>영역 %n개 추가</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Region</source>
        <translation>영역 변경</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Region(s)</source>
        <translation>
            <numerusform>영역 %n개 가져오기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n Provenance Suggestion(s)</source>
        <translation>
            <numerusform>출처 제안 %n개 거부</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n Provenance Suggestion(s)</source>
        <translation>
            <numerusform>출처 제안 %n개 수락</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Provenance Claim(s)</source>
        <translation>
            <numerusform>출처 주장 %n개 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Provenance Claim(s)</source>
        <translation>
            <numerusform>출처 주장 %n개 제거</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n Provenance Claim(s)</source>
        <translation>
            <numerusform>출처 주장 %n개 편집</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n Provenance Claim(s)</source>
        <translation>
            <numerusform>출처 주장 %n개 수락</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n Provenance Claim(s)</source>
        <translation>
            <numerusform>출처 주장 %n개 거부</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dispute %n Provenance Claim(s)</source>
        <translation>
            <numerusform>출처 주장 %n개에 이의 제기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n Provenance Claim(s)</source>
        <translation>
            <numerusform>출처 주장 %n개 다시 열기</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Region</source>
        <translation>영역 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Region(s)</source>
        <translation>
            <numerusform>영역 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Text</source>
        <translation>텍스트 표시</translation>
    </message>
    <message>
        <source>Remove Text Mark</source>
        <translation>텍스트 표시 제거</translation>
    </message>
    <message>
        <source>Edit Text Note</source>
        <translation>텍스트 메모 편집</translation>
    </message>
    <message>
        <source>Assess %1: %2</source>
        <translation>%1 평가: %2</translation>
    </message>
    <message>
        <source>Set Verdict: %1</source>
        <translation>판정 설정: %1</translation>
    </message>
    <message numerus="yes">
        <source>Record %n Custody Event(s)</source>
        <translation>
            <numerusform>관리 이벤트 %n개 기록</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach File to Image %1</source>
        <translation>이미지 %1에 파일 첨부</translation>
    </message>
    <message>
        <source>Change Labels</source>
        <translation>레이블 변경</translation>
    </message>
    <message>
        <source>Reshape Region</source>
        <translation>영역 모양 변경</translation>
    </message>
    <message>
        <source>Relabel Region as ‘%1’</source>
        <translation>영역의 레이블을 ‘%1’(으)로 변경</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>메모 편집</translation>
    </message>
    <message>
        <source>Set Entity</source>
        <translation>개체 설정</translation>
    </message>
    <message>
        <source>Set Confidence</source>
        <translation>신뢰도 설정</translation>
    </message>
    <message>
        <source>Link Text “%1”</source>
        <translation>텍스트 “%1” 연결</translation>
    </message>
    <message>
        <source>Unlink Text</source>
        <translation>텍스트 연결 해제</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Region(s) Reviewed</source>
        <translation>
            <numerusform>영역 %n개를 검토됨으로 표시</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve Merge Conflict</source>
        <translation>병합 충돌 해결</translation>
    </message>
    <message>
        <source>Merge Changes from Disk</source>
        <translation>디스크의 변경 사항 병합</translation>
    </message>
    <message>
        <source>Fetch Image %1</source>
        <translation>이미지 %1 가져오기</translation>
    </message>
    <message>
        <source>Snap to Outline</source>
        <translation>윤곽선에 맞추기</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>IMAGE NOT FOUND: image %1 (%2): %3
</source>
        <translation>이미지를 찾을 수 없음: 이미지 %1(%2): %3
</translation>
    </message>
    <message>
        <source>IMAGE UNREADABLE: image %1 (%2): %3
</source>
        <translation>이미지를 읽을 수 없음: 이미지 %1(%2): %3
</translation>
    </message>
    <message>
        <source>NOT AN IMAGE: image %1 (%2): %3
</source>
        <translation>이미지가 아님: 이미지 %1(%2): %3
</translation>
    </message>
    <message>
        <source>IMAGE OUTSIDE THE FOLDER: image %1 (%2) leads to %3, outside the article&apos;s folder; it was not read (--allow-outside reads it)
</source>
        <translation>폴더 밖의 이미지: 이미지 %1(%2)이(가) 기사 폴더 밖의 %3을(를) 가리킵니다. 읽지 않았습니다(--allow-outside를 지정하면 읽음)
</translation>
    </message>
    <message numerus="yes">
        <source>UNKNOWN SIZE: image %1 (%2) has no known pixel size, so its %n region(s) could not be bounds-checked
</source>
        <translation>
            <numerusform>크기 알 수 없음: 이미지 %1(%2)의 픽셀 크기를 알 수 없어 영역 %n개의 경계를 검사하지 못했습니다
</numerusform>
        </translation>
    </message>
    <message>
        <source>Check an article&apos;s sidecar against the article text and its images, and print what was found. Writes nothing.
Exit 0: every anchor resolves (re-anchored ones are listed) and every image could be checked; 1: an anchor is orphaned, an image changed, or an image is missing, unreadable, not an image, outside the article&apos;s folder (without --allow-outside) or of unknown size while it has regions (they could not be bounds-checked); 2: the article or sidecar cannot be read.</source>
        <translation>기사의 사이드카 파일을 기사 텍스트 및 이미지와 대조하여 검사하고 결과를 출력합니다. 아무것도 쓰지 않습니다.
종료 코드 0: 모든 텍스트 구간을 찾았고(다시 고정된 구간은 나열됨) 모든 이미지를 검사함, 1: 고립된 텍스트 구간이 있거나, 이미지가 변경되었거나, 이미지가 없거나 읽을 수 없거나 이미지가 아니거나 기사 폴더 밖에 있거나(--allow-outside 없이) 영역이 있는데 크기를 알 수 없음(경계를 검사할 수 없음), 2: 기사 또는 사이드카 파일을 읽을 수 없음.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>기사 파일입니다.</translation>
    </message>
    <message>
        <source>%1: no sidecar found (expected %2).
</source>
        <translation>%1: 사이드카 파일이 없습니다(예상 위치: %2).
</translation>
    </message>
    <message>
        <source>sidecar: %1
</source>
        <translation>사이드카 파일: %1
</translation>
    </message>
    <message>
        <source>regions: %1, text anchors: %2
</source>
        <translation>영역: %1, 텍스트 구간: %2
</translation>
    </message>
    <message>
        <source>article: changed since the sidecar was written
</source>
        <translation>기사: 사이드카 파일 작성 후 변경됨
</translation>
    </message>
    <message>
        <source>article: unchanged
</source>
        <translation>기사: 변경 없음
</translation>
    </message>
    <message>
        <source>re-anchored (%1, similarity %2): %3 “%4” [%5, %6) -&gt; [%7, %8)
</source>
        <translation>다시 고정됨(%1, 유사도 %2): %3 “%4” [%5, %6) -&gt; [%7, %8)
</translation>
    </message>
    <message>
        <source>ORPHANED: %1 “%2” was at [%3, %4); not found in the article
</source>
        <translation>고립됨: %1 “%2”은(는) [%3, %4)에 있었으나 기사에서 찾을 수 없음
</translation>
    </message>
    <message>
        <source>IMAGE CHANGED: image %1 (%2): SHA-256 %3, sidecar recorded %4; its regions need review
</source>
        <translation>이미지 변경됨: 이미지 %1(%2): SHA-256 %3, 사이드카 파일 기록값 %4. 해당 영역을 검토해야 합니다
</translation>
    </message>
    <message>
        <source>IMAGE MISSING: the sidecar has regions on an image the article no longer references (%1)
</source>
        <translation>이미지 없음: 사이드카 파일에 기사가 더 이상 참조하지 않는 이미지의 영역이 있습니다(%1)
</translation>
    </message>
    <message>
        <source>warning: region %1 lies outside image %2 (%3×%4)
</source>
        <translation>경고: 영역 %1이(가) 이미지 %2(%3×%4) 밖에 있습니다
</translation>
    </message>
    <message>
        <source>result: problems found
</source>
        <translation>결과: 문제 발견
</translation>
    </message>
    <message>
        <source>result: OK
</source>
        <translation>결과: 정상
</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Check a bundle: the bag (every file present and listed, every checksum, Payload-Oxum, the tag manifest), then every article&apos;s sidecar against the article and its images. Keeps nothing.
Exit 0: valid; 1: problems, each named; 2: the zip cannot be read or was refused as unsafe.</source>
        <translation>번들을 검사합니다. 먼저 백을 검사하고(모든 파일의 존재 및 목록 등재, 모든 체크섬, Payload-Oxum, 태그 매니페스트) 이어서 각 기사의 사이드카 파일을 기사 및 이미지와 대조합니다. 아무것도 남기지 않습니다.
종료 코드 0: 올바름, 1: 문제 있음(각각 표시), 2: zip을 읽을 수 없거나 안전하지 않아 거부됨.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>결과를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>The bundle (.zip).</source>
        <translation>번들(.zip)입니다.</translation>
    </message>
    <message>
        <source>%1: no such bundle.
</source>
        <translation>%1: 해당 번들이 없습니다.
</translation>
    </message>
    <message>
        <source>%1: refused: %2
</source>
        <translation>%1: 거부됨: %2
</translation>
    </message>
    <message numerus="yes">
        <source>bag: %1 (%n payload file(s), %2 bytes)
</source>
        <translation>
            <numerusform>백: %1(페이로드 파일 %n개, %2바이트)
</numerusform>
        </translation>
    </message>
    <message>
        <source>PROBLEM %1: %2: %3
</source>
        <translation>문제 %1: %2: %3
</translation>
    </message>
    <message>
        <source>article: %1: OK
</source>
        <translation>기사: %1: 정상
</translation>
    </message>
    <message numerus="yes">
        <source>article: %1: %n problem(s)
</source>
        <translation>
            <numerusform>기사: %1: 문제 %n개
</numerusform>
        </translation>
    </message>
    <message>
        <source>result: valid
</source>
        <translation>결과: 올바름
</translation>
    </message>
    <message numerus="yes">
        <source>result: %n problem(s)
</source>
        <translation>
            <numerusform>결과: 문제 %n개
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionFinder</name>
    <message>
        <source>Hashing images</source>
        <translation>이미지 해시 계산 중</translation>
    </message>
    <message>
        <source>%1 was not compared: %2</source>
        <translation>%1을(를) 비교하지 않았습니다: %2</translation>
    </message>
    <message>
        <source>Comparing images</source>
        <translation>이미지 비교 중</translation>
    </message>
    <message>
        <source>The search for versions of %1 was cancelled.</source>
        <translation>%1의 다른 버전 검색이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>VersionIndex</name>
    <message>
        <source>The version index %1 is not valid JSON.</source>
        <translation>버전 색인 %1이(가) 올바른 JSON이 아닙니다.</translation>
    </message>
    <message>
        <source>The version index %1 has another schema.</source>
        <translation>버전 색인 %1의 스키마가 다릅니다.</translation>
    </message>
    <message>
        <source>The version index %1 has a damaged entry.</source>
        <translation>버전 색인 %1에 손상된 항목이 있습니다.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>폴더 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>%1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Indexing %1 was cancelled.</source>
        <translation>%1 색인 작업이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>VersionSuggester</name>
    <message>
        <source>Found by Find Other Versions: %1 shows %2 as image %3 (caption “%4”, credit “%5”); it is %6 of this image, at x %7, y %8, %9 × %10 in this image&apos;s pixels, scale %11, perceptual hash distance %12.</source>
        <translation>다른 버전 찾기로 발견: %1에서 %2을(를) 이미지 %3(으)로 보여 줍니다(캡션 “%4”, 크레딧 “%5”). 이 이미지의 %6이며, 이 이미지의 픽셀 기준 x %7, y %8, %9 × %10, 배율 %11, 지각 해시 거리 %12입니다.</translation>
    </message>
    <message>
        <source>a copy</source>
        <translation>사본</translation>
    </message>
    <message>
        <source>“%1” shows another version of this photo (%2); its byline names %3.</source>
        <translation>“%1”에 이 사진의 다른 버전이 있습니다(%2). 바이라인에 %3이(가) 기재되어 있습니다.</translation>
    </message>
    <message>
        <source>“%1” shows another version of this photo (%2), credited to %3.</source>
        <translation>“%1”에 이 사진의 다른 버전이 있습니다(%2). 크레딧: %3.</translation>
    </message>
</context>
<context>
    <name>ViaReader</name>
    <message>
        <source>the attribute “%1” has several options ticked (%2); a region has one label</source>
        <translation>속성 “%1”에 여러 옵션이 선택되어 있습니다(%2). 영역에는 레이블이 하나만 있습니다</translation>
    </message>
    <message>
        <source>the attribute “%1” is a list, not a label</source>
        <translation>속성 “%1”은(는) 레이블이 아니라 목록입니다</translation>
    </message>
    <message>
        <source>This is a VIA 3 project; Provena does not read VIA 3 files yet. Convert it to COCO or to a VIA 2 project first, or annotate the image in VIA 2.</source>
        <translation>VIA 3 프로젝트입니다. Provena는 아직 VIA 3 파일을 읽을 수 없습니다. 먼저 COCO 또는 VIA 2 프로젝트로 변환하거나 VIA 2에서 이미지에 주석을 다십시오.</translation>
    </message>
    <message>
        <source>This is not a VIA file: it has no “_via_img_metadata” and no image entries with a “filename”. Choose a VIA 2 project or a VIA annotations export (JSON), or another --format.</source>
        <translation>VIA 파일이 아닙니다. “_via_img_metadata”도 “filename”이 있는 이미지 항목도 없습니다. VIA 2 프로젝트나 VIA 주석 내보내기(JSON)를 선택하거나 다른 --format을 지정하십시오.</translation>
    </message>
    <message>
        <source>The VIA file has no image named “%1”.</source>
        <translation>VIA 파일에 이름이 “%1”인 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>images: %1</source>
        <translation>이미지: %1</translation>
    </message>
    <message>
        <source>The VIA file has %1 entries for an image named “%2” (%3); keep one of them in VIA and save again.</source>
        <translation>VIA 파일에 이름이 “%2”인 이미지 항목이 %1개 있습니다(%3). VIA에서 하나만 남기고 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>the rect has a negative width or height</source>
        <translation>사각형의 너비 또는 높이가 음수입니다</translation>
    </message>
    <message>
        <source>the circle has a negative radius</source>
        <translation>원의 반지름이 음수입니다</translation>
    </message>
    <message>
        <source>the ellipse is rotated (theta %1 rad); Provena has no rotated ellipse. Draw it as a polygon in VIA.</source>
        <translation>타원이 회전되어 있습니다(theta %1 rad). Provena에는 회전된 타원이 없습니다. VIA에서 다각형으로 그리십시오.</translation>
    </message>
    <message>
        <source>the ellipse has a negative radius</source>
        <translation>타원의 반지름이 음수입니다</translation>
    </message>
    <message numerus="yes">
        <source>the polygon has %n point(s); a polygon needs at least 3</source>
        <translation>
            <numerusform>다각형의 점이 %n개입니다. 다각형에는 점이 3개 이상 필요합니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the polyline has %n point(s); a polyline needs at least 2</source>
        <translation>
            <numerusform>폴리라인의 점이 %n개입니다. 폴리라인에는 점이 2개 이상 필요합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>the region has no shape_attributes.name</source>
        <translation>영역에 shape_attributes.name이 없습니다</translation>
    </message>
    <message>
        <source>the VIA shape “%1” has no Provena region shape</source>
        <translation>VIA 도형 “%1”에 해당하는 Provena 영역 도형이 없습니다</translation>
    </message>
    <message>
        <source>the %1 has no valid number in %2</source>
        <translation>%1의 %2에 올바른 숫자가 없습니다</translation>
    </message>
    <message>
        <source>%1 have no attribute “%2”: imported without a label.</source>
        <translation>%1에 속성 “%2”이(가) 없습니다. 레이블 없이 가져왔습니다.</translation>
    </message>
    <message>
        <source>%1 have several region attributes and none is called label, name, type or class: imported without a label. Name the attribute that holds the label.</source>
        <translation>%1에 영역 속성이 여러 개 있으며 label, name, type, class라는 이름의 속성이 없습니다. 레이블 없이 가져왔습니다. 레이블을 담은 속성의 이름을 지정하십시오.</translation>
    </message>
    <message>
        <source>“%1” has EXIF orientation %2 and a VIA file records no image size to tell on which grid it was drawn: the coordinates are taken on the image as displayed, as browsers show it.</source>
        <translation>“%1”의 EXIF 방향은 %2인데, VIA 파일에는 어떤 격자 기준으로 그렸는지 알 수 있는 이미지 크기가 기록되어 있지 않습니다. 좌표는 브라우저가 표시하는 것처럼 표시된 이미지 기준으로 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>XmpCommand</name>
    <message>
        <source>image %1: skipped</source>
        <translation>이미지 %1: 건너뜀</translation>
    </message>
    <message>
        <source>image %1: %2: failed: %3</source>
        <translation>이미지 %1: %2: 실패: %3</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>would be created</source>
        <translation>생성 예정</translation>
    </message>
    <message>
        <source>would be written</source>
        <translation>쓰기 예정</translation>
    </message>
    <message>
        <source>created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>written</source>
        <translation>쓰기 완료</translation>
    </message>
    <message>
        <source>image %1: %2: %3</source>
        <translation>이미지 %1: %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>영역 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n as MWG person region(s)</source>
        <translation>
            <numerusform>MWG 인물 영역으로 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>kept from other tools: %1 properties, %2 regions</source>
        <translation>다른 도구에서 작성한 내용 유지: 속성 %1개, 영역 %2개</translation>
    </message>
    <message>
        <source>not written: %1</source>
        <translation>쓰지 않음: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>참고: %1</translation>
    </message>
    <message>
        <source>Write an XMP sidecar (IMAGE.EXT.xmp) beside each local image of the article: the image&apos;s accepted provenance (creator, credit line, source, copyright or usage terms, digital source type, date created), its caption, the persons shown, and every region as an IPTC image region (people also as MWG regions), so digiKam, Lightroom and exiftool see them. Fields other tools wrote are kept. One article per run; see docs/cli.md for many articles with GNU parallel.</source>
        <translation>기사의 각 로컬 이미지 옆에 XMP 사이드카 파일(IMAGE.EXT.xmp)을 씁니다. 이미지의 수락된 출처 정보(작성자, 크레딧, 소스, 저작권 또는 이용 조건, 디지털 소스 유형, 작성 날짜), 캡션, 등장 인물, 그리고 모든 영역을 IPTC 이미지 영역으로(인물은 MWG 영역으로도) 기록하므로 digiKam, Lightroom, exiftool에서 볼 수 있습니다. 다른 도구가 작성한 필드는 유지됩니다. 한 번에 기사 하나를 처리합니다. 여러 기사를 GNU parallel로 처리하는 방법은 docs/cli.md를 참조하십시오.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Only image N (from 1, in article order).</source>
        <translation>이미지 N만 처리합니다(기사 순서로 1부터).</translation>
    </message>
    <message>
        <source>keep-extension (photo.jpg.xmp, digiKam and darktable) or replace-extension (photo.xmp, Lightroom). Default: the setting xmp/sidecarNaming, else keep-extension.</source>
        <translation>keep-extension(photo.jpg.xmp, digiKam 및 darktable) 또는 replace-extension(photo.xmp, Lightroom). 기본값: xmp/sidecarNaming 설정, 없으면 keep-extension.</translation>
    </message>
    <message>
        <source>Say what would be written; write nothing.</source>
        <translation>쓸 내용을 표시만 하고 아무것도 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-xmp/1, see docs/cli.md).</source>
        <translation>JSON으로 출력합니다(스키마 provena-xmp/1, docs/cli.md 참조).</translation>
    </message>
    <message>
        <source>The article file (Markdown, HTML or text).</source>
        <translation>기사 파일(Markdown, HTML 또는 텍스트)입니다.</translation>
    </message>
    <message>
        <source>--naming must be keep-extension or replace-extension, not “%1”</source>
        <translation>--naming은 “%1”이(가) 아니라 keep-extension 또는 replace-extension이어야 합니다</translation>
    </message>
    <message numerus="yes">
        <source>image %1 does not exist: the article has %n image(s)</source>
        <translation>
            <numerusform>이미지 %1이(가) 없습니다. 기사에는 이미지가 %n개 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>The article has no images.</source>
        <translation>기사에 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>image %1: </source>
        <translation>이미지 %1: </translation>
    </message>
</context>
<context>
    <name>XmpExport</name>
    <message>
        <source>The date created “%1” is a range, which photoshop:DateCreated cannot hold; it was not written.</source>
        <translation>작성 날짜 “%1”은(는) 범위이므로 photoshop:DateCreated에 담을 수 없어 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>image %1: “%2” lies outside the article&apos;s folder; Provena writes XMP sidecars only inside it.</source>
        <translation>이미지 %1: “%2”이(가) 기사 폴더 밖에 있습니다. Provena는 기사 폴더 안에만 XMP 사이드카 파일을 씁니다.</translation>
    </message>
    <message>
        <source>image %1: “%2” is not fetched yet, so there is no file to write a sidecar beside. Fetch it first.</source>
        <translation>이미지 %1: “%2”을(를) 아직 가져오지 않아 사이드카 파일을 쓸 파일이 없습니다. 먼저 가져오십시오.</translation>
    </message>
    <message>
        <source>image %1: %2</source>
        <translation>이미지 %1: %2</translation>
    </message>
    <message>
        <source>image %1: “%2” is not there; no sidecar was written for it.</source>
        <translation>이미지 %1: “%2”이(가) 없어 사이드카 파일을 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>The XMP sidecar</source>
        <translation>XMP 사이드카 파일</translation>
    </message>
</context>
<context>
    <name>XmpRegionReader</name>
    <message>
        <source>Could not read the regions in the XMP metadata of “%1”: the file is damaged or not an image format Provena knows.</source>
        <translation>“%1”의 XMP 메타데이터에서 영역을 읽을 수 없습니다. 파일이 손상되었거나 Provena가 알지 못하는 이미지 형식입니다.</translation>
    </message>
    <message>
        <source>The image&apos;s metadata is damaged (%1); regions after the damage may be missing.</source>
        <translation>이미지의 메타데이터가 손상되었습니다(%1). 손상된 부분 이후의 영역이 누락되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 gives the orientation as %2, the image as %3: the regions are placed as the image&apos;s orientation says.</source>
        <translation>%1에는 방향이 %2(으)로, 이미지에는 %3(으)로 되어 있습니다. 영역은 이미지의 방향에 따라 배치됩니다.</translation>
    </message>
    <message>
        <source>Could not read the regions in the XMP metadata of “%1”: its pixel size is unknown, so the regions cannot be placed.</source>
        <translation>“%1”의 XMP 메타데이터에서 영역을 읽을 수 없습니다. 픽셀 크기를 알 수 없어 영역을 배치할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not read the regions in “%1”: the image&apos;s pixel size is unknown, so the regions cannot be placed.</source>
        <translation>“%1”에서 영역을 읽을 수 없습니다. 이미지의 픽셀 크기를 알 수 없어 영역을 배치할 수 없습니다.</translation>
    </message>
    <message>
        <source>the polygon has no rbVertices</source>
        <translation>다각형에 rbVertices가 없습니다</translation>
    </message>
    <message>
        <source>rbVertices[%1] is missing</source>
        <translation>rbVertices[%1]이(가) 없습니다</translation>
    </message>
    <message>
        <source>it has no RegionBoundary</source>
        <translation>RegionBoundary가 없습니다</translation>
    </message>
    <message>
        <source>rbUnit is missing</source>
        <translation>rbUnit이 없습니다</translation>
    </message>
    <message>
        <source>its unit “%1” is neither pixel nor relative</source>
        <translation>단위 “%1”이(가) pixel도 relative도 아닙니다</translation>
    </message>
    <message>
        <source>its width or height is negative</source>
        <translation>너비 또는 높이가 음수입니다</translation>
    </message>
    <message>
        <source>its radius is negative</source>
        <translation>반지름이 음수입니다</translation>
    </message>
    <message>
        <source>rbShape is missing</source>
        <translation>rbShape가 없습니다</translation>
    </message>
    <message>
        <source>its shape “%1” is not a rectangle, circle or polygon</source>
        <translation>도형 “%1”이(가) 사각형, 원, 다각형 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>%1 was not imported: %2.</source>
        <translation>%1을(를) 가져오지 않았습니다: %2.</translation>
    </message>
    <message>
        <source>%1[%2] in %3</source>
        <translation>%3의 %1[%2]</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a number (“%2”)</source>
        <translation>%1이(가) 숫자가 아닙니다(“%2”)</translation>
    </message>
    <message>
        <source>%1 is not a finite number (“%2”)</source>
        <translation>%1이(가) 유한한 숫자가 아닙니다(“%2”)</translation>
    </message>
    <message>
        <source>it has no Area</source>
        <translation>Area가 없습니다</translation>
    </message>
    <message>
        <source>its unit “%1” is not normalized</source>
        <translation>단위 “%1”이(가) normalized가 아닙니다</translation>
    </message>
    <message>
        <source>its diameter is negative</source>
        <translation>지름이 음수입니다</translation>
    </message>
    <message>
        <source>The MWG regions in %1 were tagged on a %2 × %3 image; this image is %4 × %5 pixels as stored. They are placed at the same relative positions: check them on the image.</source>
        <translation>%1의 MWG 영역은 %2 × %3 이미지에 태그되었으나, 이 이미지의 저장 크기는 %4 × %5픽셀입니다. 같은 상대 위치에 배치했으니 이미지에서 확인하십시오.</translation>
    </message>
    <message>
        <source>it is turned by %1 (Rotation), and Provena&apos;s rectangles cannot turn</source>
        <translation>%1만큼 회전되어 있는데(Rotation) Provena의 사각형은 회전할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>XmpSidecarWriter</name>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1”(%2)</translation>
    </message>
    <message>
        <source>Region %1 is a polyline: IPTC regions are closed shapes, so it is not written to the XMP sidecar. Provena&apos;s own sidecar keeps it.</source>
        <translation>영역 %1은(는) 폴리라인입니다. IPTC 영역은 닫힌 도형이므로 XMP 사이드카 파일에 쓰지 않습니다. Provena 자체 사이드카 파일에는 유지됩니다.</translation>
    </message>
    <message>
        <source>Region %1 has no valid outline, so it is not written to the XMP sidecar. Redraw it in Provena.</source>
        <translation>영역 %1에 올바른 윤곽선이 없어 XMP 사이드카 파일에 쓰지 않습니다. Provena에서 다시 그리십시오.</translation>
    </message>
    <message numerus="yes">
        <source>The MWG regions in the sidecar apply to an image of %1×%2 pixels, but the image is stored at %3×%4: Provena kept them and did not add its %n person region(s) as MWG regions (they are written as IPTC regions). Remove the MWG regions in the tool that wrote them if they are out of date.</source>
        <translation>
            <numerusform>사이드카 파일의 MWG 영역은 %1×%2픽셀 이미지에 해당하지만 이미지의 저장 크기는 %3×%4입니다. Provena는 기존 MWG 영역을 유지하고 인물 영역 %n개를 MWG 영역으로 추가하지 않았습니다(IPTC 영역으로 기록됨). MWG 영역이 오래된 것이라면 해당 영역을 작성한 도구에서 제거하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>XMP packet</source>
        <translation>XMP 패킷</translation>
    </message>
    <message>
        <source>Could not write the XMP sidecar “%1”: Exiv2 could not build its XMP. Nothing was changed; please report this with the sidecar attached.</source>
        <translation>XMP 사이드카 파일 “%1”을(를) 쓸 수 없습니다. Exiv2가 XMP를 생성하지 못했습니다. 아무것도 변경되지 않았습니다. 사이드카 파일을 첨부하여 이 문제를 보고해 주십시오.</translation>
    </message>
    <message>
        <source>“%1” is not valid XMP, so Provena left it as it is and wrote nothing. Repair the sidecar in the tool that wrote it, or move it away, then write again.</source>
        <translation>“%1”은(는) 올바른 XMP가 아니므로 Provena가 그대로 두고 아무것도 쓰지 않았습니다. 사이드카 파일을 작성한 도구에서 복구하거나 다른 곳으로 옮긴 후 다시 쓰십시오.</translation>
    </message>
    <message>
        <source>%1 was changed by another tool since Provena wrote it (it is now “%2”), so Provena kept that and did not write its own value “%3”. Remove %1 from the sidecar if Provena&apos;s value should be written.</source>
        <translation>Provena가 %1을(를) 쓴 후 다른 도구가 이를 변경했으므로(현재 값 “%2”) Provena는 그 값을 유지하고 자체 값 “%3”을(를) 쓰지 않았습니다. Provena의 값을 써야 한다면 사이드카 파일에서 %1을(를) 제거하십시오.</translation>
    </message>
    <message>
        <source>%1 in the sidecar was written by another tool (“%2”), so Provena kept it and did not write its own value “%3”. Remove %1 from the sidecar if Provena&apos;s value should be written.</source>
        <translation>사이드카 파일의 %1은(는) 다른 도구가 작성했으므로(“%2”) Provena는 이를 유지하고 자체 값 “%3”을(를) 쓰지 않았습니다. Provena의 값을 써야 한다면 사이드카 파일에서 %1을(를) 제거하십시오.</translation>
    </message>
    <message>
        <source>Provena cannot place the regions in the XMP sidecar “%1”: the image&apos;s size is not known. Make sure the image opens in Provena, then write again.</source>
        <translation>XMP 사이드카 파일 “%1”에 영역을 배치할 수 없습니다. 이미지 크기를 알 수 없습니다. Provena에서 이미지가 열리는지 확인한 후 다시 쓰십시오.</translation>
    </message>
    <message>
        <source>The XMP sidecar “%1” is a symbolic link to “%2”: Provena does not write through links, because that would change “%2” instead. Replace the link with a copy of the file, or remove it, then write again.</source>
        <translation>XMP 사이드카 파일 “%1”은(는) “%2”에 대한 심볼릭 링크입니다. 링크를 통해 쓰면 “%2”이(가) 대신 변경되므로 Provena는 링크를 통해 쓰지 않습니다. 링크를 파일 사본으로 바꾸거나 제거한 후 다시 쓰십시오.</translation>
    </message>
    <message>
        <source>The XMP sidecar</source>
        <translation>XMP 사이드카 파일</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>Could not set the compression for “%1” in “%2”.</source>
        <translation>“%2”에서 “%1”의 압축을 설정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not add “%1” to “%2”.</source>
        <translation>“%1”을(를) “%2”에 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not write “%1” into “%2”. Check the free disk space.</source>
        <translation>“%1”을(를) “%2”에 쓸 수 없습니다. 디스크 여유 공간을 확인하십시오.</translation>
    </message>
    <message>
        <source>Could not finish “%1” in “%2”.</source>
        <translation>“%2”에서 “%1”을(를) 마무리할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not write “%1”: it is a symbolic link (to “%2”), and Provena never writes through links. Choose another file name.</source>
        <translation>“%1”에 쓸 수 없습니다. 이 파일은 “%2”에 대한 심볼릭 링크이며 Provena는 링크를 통해 쓰지 않습니다. 다른 파일 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>Could not write “%1”: it is %2, not a file. Choose another file name.</source>
        <translation>“%1”에 쓸 수 없습니다. 파일이 아니라 %2입니다. 다른 파일 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>Could not create “%1”. Check that the folder exists and is writable.</source>
        <translation>“%1”을(를) 만들 수 없습니다. 폴더가 존재하고 쓰기 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Could not start the zip “%1”.</source>
        <translation>zip “%1”을(를) 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>The zip “%1” is not open for writing.</source>
        <translation>zip “%1”이(가) 쓰기용으로 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>“%1” changed while the bundle was written (%2 bytes, expected %3). Export again.</source>
        <translation>번들을 쓰는 동안 “%1”이(가) 변경되었습니다(%2바이트, 예상 %3바이트). 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>Writing “%1” was cancelled.</source>
        <translation>“%1” 쓰기가 취소되었습니다.</translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation>“%1”을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” grew while the bundle was written. Export again.</source>
        <translation>번들을 쓰는 동안 “%1”의 크기가 커졌습니다. 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>“%1” shrank while the bundle was written (%2 of %3 bytes). Export again.</source>
        <translation>번들을 쓰는 동안 “%1”의 크기가 줄었습니다(%3바이트 중 %2바이트). 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>The zip “%1” was not written: an earlier step failed.</source>
        <translation>zip “%1”을(를) 쓰지 않았습니다. 이전 단계가 실패했습니다.</translation>
    </message>
    <message>
        <source>Could not finish the zip “%1”. Check the free disk space.</source>
        <translation>zip “%1”을(를) 마무리할 수 없습니다. 디스크 여유 공간을 확인하십시오.</translation>
    </message>
    <message>
        <source>Could not save “%1”.</source>
        <translation>“%1”을(를) 저장할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Print what Provena understands of an article file</source>
        <translation>Provena가 기사 파일에서 인식한 내용 출력</translation>
    </message>
    <message>
        <source>Add, list or remove image regions (region --help)</source>
        <translation>이미지 영역 추가, 나열 또는 제거(region --help)</translation>
    </message>
    <message>
        <source>Import regions from labelme, COCO, VIA or XMP; and all `region` does</source>
        <translation>labelme, COCO, VIA 또는 XMP에서 영역 가져오기 및 `region`의 모든 기능</translation>
    </message>
    <message>
        <source>Suggest faces on an article&apos;s images; --accept adds them as person regions</source>
        <translation>기사 이미지에서 얼굴 제안. --accept로 인물 영역으로 추가</translation>
    </message>
    <message>
        <source>Link a region to a span of the article text</source>
        <translation>영역을 기사 텍스트 구간에 연결</translation>
    </message>
    <message>
        <source>Check a sidecar against its article and images (no writes)</source>
        <translation>사이드카 파일을 기사 및 이미지와 대조하여 검사(쓰기 없음)</translation>
    </message>
    <message>
        <source>List region labels; add or remove your own</source>
        <translation>영역 레이블 나열, 사용자 레이블 추가 또는 제거</translation>
    </message>
    <message>
        <source>Print an image&apos;s provenance metadata, flags and warnings</source>
        <translation>이미지의 출처 메타데이터, 플래그 및 경고 출력</translation>
    </message>
    <message>
        <source>List the agencies suggestions resolve; add or remove your own</source>
        <translation>제안에서 인식하는 통신사 나열, 사용자 통신사 추가 또는 제거</translation>
    </message>
    <message>
        <source>Show or change where each image comes from: claims, suggestions, verdict</source>
        <translation>각 이미지의 출처 표시 또는 변경: 주장, 제안, 판정</translation>
    </message>
    <message>
        <source>Fetch images named by http(s) URL into STEM_files/, with a custody record</source>
        <translation>http(s) URL로 지정된 이미지를 STEM_files/로 가져오기(관리 이벤트 기록 포함)</translation>
    </message>
    <message>
        <source>Write XMP sidecars beside the article&apos;s images (digiKam, exiftool)</source>
        <translation>기사 이미지 옆에 XMP 사이드카 파일 쓰기(digiKam, exiftool)</translation>
    </message>
    <message>
        <source>Export articles with their annotations as a BagIt zip (report, renderings)</source>
        <translation>기사와 주석을 BagIt zip으로 내보내기(보고서, 렌더링)</translation>
    </message>
    <message>
        <source>Check a bundle: checksums and every sidecar (no writes)</source>
        <translation>번들 검사: 체크섬 및 모든 사이드카 파일(쓰기 없음)</translation>
    </message>
    <message>
        <source>Extract a bundle safely into a folder and verify it</source>
        <translation>번들을 폴더에 안전하게 압축 해제하고 검증</translation>
    </message>
    <message>
        <source>Forensic view of an image: ELA, noise, gradient or copy-move clones</source>
        <translation>이미지 포렌식 보기: ELA, 노이즈, 그레이디언트 또는 복사-이동 복제</translation>
    </message>
    <message>
        <source>A JPEG&apos;s quantisation tables, estimated quality, standard IJG or not</source>
        <translation>JPEG의 양자화 테이블, 추정 품질, 표준 IJG 여부</translation>
    </message>
    <message>
        <source>Compare two images: hashes, alignment, crop rectangle and scale of B in A</source>
        <translation>두 이미지 비교: 해시, 정렬, A 안에서 B의 자르기 사각형과 배율</translation>
    </message>
    <message>
        <source>Find other versions of a photo (crops, re-encodes, mirrored) under a folder</source>
        <translation>폴더에서 사진의 다른 버전 찾기(자르기, 재인코딩, 좌우 반전)</translation>
    </message>
    <message>
        <source>Three-way merge of two sidecars by annotation and field (git merge driver)</source>
        <translation>주석 및 필드 단위로 두 사이드카 파일의 3방향 병합(git 병합 드라이버)</translation>
    </message>
    <message>
        <source>Install provena-cli merge as the git merge driver of sidecars in a repo</source>
        <translation>저장소에 provena-cli merge를 사이드카 파일의 git 병합 드라이버로 설치</translation>
    </message>
    <message>
        <source>Usage: provena-cli COMMAND [OPTIONS] ARGS...
       provena-cli COMMAND --help

Commands:
</source>
        <translation>사용법: provena-cli COMMAND [OPTIONS] ARGS...
       provena-cli COMMAND --help

명령:
</translation>
    </message>
    <message>
        <source>provena-cli: unknown command &apos;%1&apos;

</source>
        <translation>provena-cli: 알 수 없는 명령 &apos;%1&apos;

</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 problems found, 2 input error, 64 usage error.
Options: --help, --version, --lang CODE (before the command)
</source>
        <translation>
종료 코드: 0 성공, 1 문제 발견, 2 입력 오류, 64 사용법 오류.
옵션: --help, --version, --lang CODE(명령 앞에 지정)
</translation>
    </message>
    <message>
        <source>provena-cli: unknown language “%1” for --lang; use one of: %2
</source>
        <translation>provena-cli: --lang의 언어 “%1”을(를) 알 수 없습니다. 다음 중 하나를 사용하십시오: %2
</translation>
    </message>
    <message>
        <source>Resolve merge conflicts of claims, images, labels (conflicts --help)</source>
        <translation>출처 주장, 이미지, 레이블의 병합 충돌 해결(conflicts --help)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Annotate news photos and their provenance.</source>
        <translation>뉴스 사진과 그 출처에 주석을 답니다.</translation>
    </message>
    <message>
        <source>provena: unknown language “%1” (known: %2); using the default.</source>
        <translation>provena: 알 수 없는 언어 “%1”입니다(지원 언어: %2). 기본값을 사용합니다.</translation>
    </message>
    <message>
        <source>Language of the program: %1 (default: Preferences, else the system&apos;s).</source>
        <translation>프로그램 언어: %1(기본값: 환경 설정의 언어, 없으면 시스템 언어).</translation>
    </message>
    <message>
        <source>Article to open (.txt, .md), or its sidecar (.provena.jsonld).</source>
        <translation>열 기사(.txt, .md) 또는 그 사이드카 파일(.provena.jsonld).</translation>
    </message>
</context>
<context>
    <name>provena::AboutDialog</name>
    <message>
        <source>About Provena</source>
        <translation>Provena 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;Provena&lt;/b&gt; %1&lt;br&gt;Annotate news photos and their provenance.</source>
        <translation>&lt;b&gt;Provena&lt;/b&gt; %1&lt;br&gt;뉴스 사진과 그 출처에 주석을 답니다.</translation>
    </message>
    <message>
        <source>Libraries in use:&lt;br&gt;%1</source>
        <translation>사용 중인 라이브러리:&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>provena::ActionManager</name>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
</context>
<context>
    <name>provena::AgencyEditDialog</name>
    <message>
        <source>Add Agency</source>
        <translation>통신사 추가</translation>
    </message>
    <message>
        <source>Agency ID</source>
        <translation>통신사 ID</translation>
    </message>
    <message>
        <source>e.g. yonhap</source>
        <translation>예: yonhap</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>통신사 이름</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>약어</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>ISO code, e.g. KR</source>
        <translation>ISO 코드(예: KR)</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Abbreviation:</source>
        <translation>약어(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>국가(&amp;C):</translation>
    </message>
    <message>
        <source>The ID must be 1–64 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>ID는 소문자, 숫자, &apos;-&apos; 또는 &apos;_&apos;로 된 1~64자여야 합니다.</translation>
    </message>
    <message>
        <source>You already have an agency “%1”; remove it first.</source>
        <translation>통신사 “%1”이(가) 이미 있습니다. 먼저 제거하십시오.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>이름을 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>provena::ArticleTextView</name>
    <message>
        <source>Article text</source>
        <translation>기사 텍스트</translation>
    </message>
    <message>
        <source>The article, read-only. Linked passages are highlighted.</source>
        <translation>읽기 전용 기사입니다. 연결된 구절이 강조 표시됩니다.</translation>
    </message>
    <message>
        <source>Open an article with File › Open (Ctrl+O) or drop a file here.</source>
        <translation>파일 › 열기(Ctrl+O)로 기사를 열거나 여기에 파일을 끌어다 놓으십시오.</translation>
    </message>
    <message>
        <source>Image %1 cannot be read
%2</source>
        <translation>이미지 %1을(를) 읽을 수 없음
%2</translation>
    </message>
    <message>
        <source>Image %1 is outside the article&apos;s folder
%2</source>
        <translation>이미지 %1이(가) 기사 폴더 밖에 있음
%2</translation>
    </message>
    <message>
        <source>Image %1 is not on disk
%2</source>
        <translation>이미지 %1이(가) 디스크에 없음
%2</translation>
    </message>
    <message>
        <source>Loading image %1…</source>
        <translation>이미지 %1 불러오는 중…</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>이미지 %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Linked to %n region(s)</source>
        <translation>
            <numerusform>영역 %n개에 연결됨</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>provena::AssistActionHandler</name>
    <message>
        <source>Suggest &amp;Faces</source>
        <translation>얼굴 제안(&amp;F)</translation>
    </message>
    <message>
        <source>Look for faces in this image and show them as dashed suggestions.</source>
        <translation>이 이미지에서 얼굴을 찾아 점선 제안으로 표시합니다.</translation>
    </message>
    <message>
        <source>&amp;Accept All Suggestions</source>
        <translation>모든 제안 수락(&amp;A)</translation>
    </message>
    <message>
        <source>Every suggestion becomes a person region (one undo step).</source>
        <translation>모든 제안이 인물 영역이 됩니다(한 번에 실행 취소 가능).</translation>
    </message>
    <message>
        <source>&amp;Reject All Suggestions</source>
        <translation>모든 제안 거부(&amp;R)</translation>
    </message>
    <message>
        <source>Accept Suggestion</source>
        <translation>제안 수락</translation>
    </message>
    <message>
        <source>Reject Suggestion</source>
        <translation>제안 거부</translation>
    </message>
    <message>
        <source>&amp;Snap to Outline</source>
        <translation>윤곽선에 맞추기(&amp;S)</translation>
    </message>
    <message>
        <source>Turn the selected rectangle into a polygon around the object in it.</source>
        <translation>선택한 사각형을 그 안의 객체를 둘러싼 다각형으로 바꿉니다.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>There is no image file shown to look for faces in.</source>
        <translation>얼굴을 찾을 이미지 파일이 표시되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>얼굴</translation>
    </message>
    <message>
        <source>Face detection in “%1” cancelled.</source>
        <translation>“%1”의 얼굴 감지가 취소되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) suggested in “%1”.</source>
        <translation>
            <numerusform>“%1”에서 얼굴 %n개를 제안했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already annotated.</source>
        <translation>
            <numerusform>%n개는 이미 주석이 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Right-click one to accept or reject it, or use the Image menu.</source>
        <translation>제안을 마우스 오른쪽 버튼으로 클릭하여 수락하거나 거부하거나, 이미지 메뉴를 사용하십시오.</translation>
    </message>
    <message>
        <source>Select one rectangle region to snap to its object&apos;s outline.</source>
        <translation>객체의 윤곽선에 맞출 사각형 영역 하나를 선택하십시오.</translation>
    </message>
    <message>
        <source>There is no image file to snap the region to.</source>
        <translation>영역을 맞출 이미지 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Snap</source>
        <translation>맞추기</translation>
    </message>
    <message numerus="yes">
        <source>Snapped to an outline of %n point(s).</source>
        <translation>
            <numerusform>점 %n개로 된 윤곽선에 맞췄습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>provena::BoxTool</name>
    <message>
        <source>Ellipse</source>
        <translation>타원</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>사각형</translation>
    </message>
    <message>
        <source>Drag to the opposite corner; Shift: square; Alt: from centre</source>
        <translation>반대쪽 모서리까지 끌어서 그리십시오. Shift: 정사각형, Alt: 중심에서 그리기</translation>
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
            <numerusform>… 외 %n개(자세한 내용 참조)</numerusform>
        </translation>
    </message>
    <message>
        <source>Extract “%1” Into (its folder is made there)</source>
        <translation>“%1”의 압축을 해제할 위치(그 안에 폴더가 만들어짐)</translation>
    </message>
    <message>
        <source>Open Article from Bundle</source>
        <translation>번들에서 기사 열기</translation>
    </message>
    <message numerus="yes">
        <source>The bundle holds %n article(s). Open:</source>
        <translation>
            <numerusform>번들에 기사가 %n개 있습니다. 열 기사:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>번들 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Write articles with their images, annotations, renderings and report into one BagIt zip for editors, lawyers or archives.</source>
        <translation>기사와 그 이미지, 주석, 렌더링, 보고서를 편집자, 변호사 또는 기록 보관소용 BagIt zip 하나로 씁니다.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>“%1”에 저장하지 않은 변경 사항이 있습니다.</translation>
    </message>
    <message>
        <source>A bundle holds the saved files. Save the changes and export?</source>
        <translation>번들에는 저장된 파일이 들어갑니다. 변경 사항을 저장하고 내보내시겠습니까?</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>번들 내보내기</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n article(s)…</source>
        <translation>
            <numerusform>기사 %n개 준비 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Preparing article %1 of %2</source>
        <translation>기사 %1/%2 준비 중</translation>
    </message>
    <message numerus="yes">
        <source>Writing the zip of %n article(s): %1 of %2</source>
        <translation>
            <numerusform>기사 %n개의 zip 쓰는 중: %1/%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>마무리하는 중…</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>내보내기 취소 중…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소 중…</translation>
    </message>
    <message>
        <source>Export cancelled: no bundle was written.</source>
        <translation>내보내기가 취소되었습니다. 번들을 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Could Not Export Bundle</source>
        <translation>번들을 내보낼 수 없음</translation>
    </message>
    <message>
        <source>The bundle “%1” was not written.</source>
        <translation>번들 “%1”을(를) 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Show Report</source>
        <translation>보고서 표시</translation>
    </message>
    <message>
        <source>Extracts the bundle into a temporary folder and opens the first article&apos;s report in the browser.</source>
        <translation>번들을 임시 폴더에 압축 해제하고 첫 번째 기사의 보고서를 브라우저에서 엽니다.</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>이 알림 숨기기</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1 (%2)</source>
        <translation>
            <numerusform>기사 %n개를 %1(으)로 내보냈습니다(%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n warning(s): %1</source>
        <translation>
            <numerusform>; 경고 %n개: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Show Report</source>
        <translation>보고서를 표시할 수 없음</translation>
    </message>
    <message>
        <source>The bundle “%1” is not there any more.</source>
        <translation>번들 “%1”이(가) 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Provena could not make a temporary folder to extract the report into.</source>
        <translation>보고서를 압축 해제할 임시 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Extracting “%1” to show its report…</source>
        <translation>보고서를 표시하기 위해 “%1” 압축 해제 중…</translation>
    </message>
    <message>
        <source>Show Report cancelled.</source>
        <translation>보고서 표시가 취소되었습니다.</translation>
    </message>
    <message>
        <source>The bundle “%1” has no report at “%2”.</source>
        <translation>번들 “%1”의 “%2”에 보고서가 없습니다.</translation>
    </message>
    <message>
        <source>No application opened %1.</source>
        <translation>%1을(를) 연 애플리케이션이 없습니다.</translation>
    </message>
    <message>
        <source>Wait for the bundle being worked on, or cancel it.</source>
        <translation>처리 중인 번들 작업이 끝날 때까지 기다리거나 취소하십시오.</translation>
    </message>
    <message>
        <source>Could Not Open Bundle</source>
        <translation>번들을 열 수 없음</translation>
    </message>
    <message>
        <source>“%1” is not a file in “%2”.</source>
        <translation>“%1”은(는) “%2” 안의 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>Open Bundle</source>
        <translation>번들 열기</translation>
    </message>
    <message>
        <source>Extracting and checking “%1” into %2…</source>
        <translation>“%1”을(를) %2에 압축 해제하고 검사하는 중…</translation>
    </message>
    <message>
        <source>Opening the bundle was cancelled: nothing was extracted.</source>
        <translation>번들 열기가 취소되었습니다. 아무것도 압축 해제하지 않았습니다.</translation>
    </message>
    <message>
        <source>Bundle Problems</source>
        <translation>번들 문제</translation>
    </message>
    <message numerus="yes">
        <source>“%1” opened with %n problem(s):</source>
        <translation>
            <numerusform>“%1”을(를) 열었으나 문제가 %n개 있습니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>No Article in Bundle</source>
        <translation>번들에 기사 없음</translation>
    </message>
    <message>
        <source>The bundle holds no article with Provena annotations.</source>
        <translation>번들에 Provena 주석이 있는 기사가 없습니다.</translation>
    </message>
    <message>
        <source>Its files are in %1.</source>
        <translation>파일은 %1에 있습니다.</translation>
    </message>
    <message>
        <source>The bundle is in %1.</source>
        <translation>번들은 %1에 있습니다.</translation>
    </message>
    <message>
        <source>Opened %1 from the bundle in %2.</source>
        <translation>%2의 번들에서 %1을(를) 열었습니다.</translation>
    </message>
</context>
<context>
    <name>provena::CanvasPane</name>
    <message>
        <source>No image</source>
        <translation>이미지 없음</translation>
    </message>
    <message>
        <source>Loading image</source>
        <translation>이미지 불러오는 중</translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation>“%1” 불러오는 중…</translation>
    </message>
    <message>
        <source>Image %1: loading…</source>
        <translation>이미지 %1: 불러오는 중…</translation>
    </message>
    <message>
        <source>%1 × %2 px (loading full resolution…)</source>
        <translation>%1 × %2 px(전체 해상도 불러오는 중…)</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2 Attach another copy of the image.</source>
        <translation>“%1”을(를) 읽을 수 없습니다: %2 이미지의 다른 사본을 첨부하십시오.</translation>
    </message>
    <message>
        <source>Image %1: not available</source>
        <translation>이미지 %1: 사용할 수 없음</translation>
    </message>
</context>
<context>
    <name>provena::ChangeBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>다시 불러오기(&amp;R)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Keep Current</source>
        <translation>현재 버전 유지(&amp;K)</translation>
    </message>
    <message>
        <source>Files changed on disk</source>
        <translation>디스크의 파일이 변경됨</translation>
    </message>
    <message>
        <source>Reload the article from disk</source>
        <translation>디스크에서 기사를 다시 불러옵니다</translation>
    </message>
    <message>
        <source>Save your version under another name</source>
        <translation>내 버전을 다른 이름으로 저장합니다</translation>
    </message>
    <message>
        <source>Keep the version in Provena</source>
        <translation>Provena에 있는 버전을 유지합니다</translation>
    </message>
    <message>
        <source>Not saved: %1 was changed on disk by another program since you opened it, and Provena did not overwrite it. Reload to load that version (your unsaved changes are discarded), or Save As… to keep your version under another name.</source>
        <translation>저장되지 않음: 기사를 연 후 다른 프로그램이 디스크의 %1을(를) 변경했으므로 Provena가 덮어쓰지 않았습니다. 해당 버전을 불러오려면 다시 불러오기를(저장하지 않은 변경 사항은 삭제됨), 내 버전을 다른 이름으로 보관하려면 다른 이름으로 저장…을 선택하십시오.</translation>
    </message>
    <message>
        <source>Changed on disk: %1. Reload to see the new version; your unsaved changes are kept unless you choose to discard them.</source>
        <translation>디스크에서 변경됨: %1. 새 버전을 보려면 다시 불러오십시오. 삭제하도록 선택하지 않는 한 저장하지 않은 변경 사항은 유지됩니다.</translation>
    </message>
    <message>
        <source>Changed on disk: %1. Reload to see the new version.</source>
        <translation>디스크에서 변경됨: %1. 새 버전을 보려면 다시 불러오십시오.</translation>
    </message>
</context>
<context>
    <name>provena::CollectionConflictsDock</name>
    <message>
        <source>Merge Conflicts</source>
        <translation>병합 충돌</translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation>병합 충돌</translation>
    </message>
    <message>
        <source>No merge conflicts outside the regions.</source>
        <translation>영역 밖의 병합 충돌이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The article needs review: %n change(s) merged from another copy conflict with yours. Your value is kept until you choose.</source>
        <translation>
            <numerusform>기사를 검토해야 합니다. 다른 사본에서 병합한 변경 사항 %n개가 내 변경 사항과 충돌합니다. 선택할 때까지 내 값이 유지됩니다.</numerusform>
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
        <translation>다른 버전과 비교 — %1</translation>
    </message>
    <message>
        <source>Choose another version of %1 to compare.</source>
        <translation>비교할 %1의 다른 버전을 선택하십시오.</translation>
    </message>
    <message>
        <source>&amp;Overlay</source>
        <translation>겹쳐 보기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Swipe</source>
        <translation>스와이프(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Difference</source>
        <translation>차이(&amp;D)</translation>
    </message>
    <message>
        <source>Opacity of the other version (overlay) or the divider (swipe)</source>
        <translation>다른 버전(겹쳐 보기) 또는 구분선(스와이프)의 불투명도</translation>
    </message>
    <message>
        <source>&amp;Choose Other Version…</source>
        <translation>다른 버전 선택(&amp;C)…</translation>
    </message>
    <message>
        <source>Copy &amp;Regions to This Version</source>
        <translation>이 버전으로 영역 복사(&amp;R)</translation>
    </message>
    <message>
        <source>Record as &amp;Derived From</source>
        <translation>파생 원본으로 기록(&amp;D)</translation>
    </message>
    <message>
        <source>Record in this image&apos;s provenance that it was made from the other version, with the match as evidence</source>
        <translation>이 이미지가 다른 버전에서 만들어졌음을 일치 결과를 증거로 하여 이 이미지의 출처에 기록합니다</translation>
    </message>
    <message>
        <source>Another Version of %1</source>
        <translation>%1의 다른 버전</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif)</source>
        <translation>이미지(*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Matching %1 with %2…</source>
        <translation>%1을(를) %2과(와) 대조하는 중…</translation>
    </message>
    <message>
        <source>%1 is not an image of this article.</source>
        <translation>%1은(는) 이 기사의 이미지가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 (%2). B lies in A at x %3, y %4, %5 × %6 pixels; scale %7; %8 matching features.
A: %9, SHA-256 %10, dHash %11
B: %12, SHA-256 %13, dHash %14 — distance %15 (mirrored %16)</source>
        <translation>%1(%2). B는 A 안의 x %3, y %4, %5 × %6픽셀 위치에 있습니다. 배율 %7, 일치하는 특징 %8개.
A: %9, SHA-256 %10, dHash %11
B: %12, SHA-256 %13, dHash %14 — 거리 %15(좌우 반전 시 %16)</translation>
    </message>
    <message>
        <source>None of the regions of %1 lies inside %2.</source>
        <translation>%1의 영역 중 %2 안에 있는 영역이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n region(s) to %1.</source>
        <translation>
            <numerusform>영역 %n개를 %1에 복사했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched with Provena: %1 is %2 of this image; its rectangle in this image&apos;s pixels is x %3, y %4, %5 × %6, scale %7; %8 matching features; perceptual hash distance %9.</source>
        <translation>Provena로 대조함: %1은(는) 이 이미지의 %2입니다. 이 이미지의 픽셀 기준 사각형은 x %3, y %4, %5 × %6, 배율 %7이며, 일치하는 특징 %8개, 지각 해시 거리 %9입니다.</translation>
    </message>
    <message>
        <source>Recorded that %1 is derived from %2.</source>
        <translation>%1이(가) %2에서 파생되었다고 기록했습니다.</translation>
    </message>
</context>
<context>
    <name>provena::CreationTool</name>
    <message>
        <source>Label of the new region</source>
        <translation>새 영역의 레이블</translation>
    </message>
</context>
<context>
    <name>provena::DocumentSession</name>
    <message>
        <source>The existing sidecar could not be read, so Provena will not overwrite it. Keep a copy of it first (&quot;Save and keep the broken file&quot;).</source>
        <translation>기존 사이드카 파일을 읽을 수 없으므로 Provena는 이를 덮어쓰지 않습니다. 먼저 사본을 보관하십시오(&quot;저장하고 손상된 파일 보관&quot;).</translation>
    </message>
    <message>
        <source>There is no image %1 in this article.</source>
        <translation>이 기사에는 이미지 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Not a file.</source>
        <translation>파일이 아닙니다.</translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation>열려 있는 기사가 없습니다.</translation>
    </message>
</context>
<context>
    <name>provena::ExportBundleDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Render &amp;images and crops</source>
        <translation>이미지 및 자르기 렌더링(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>PDF 보고서(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Forensic views (error level, noise, gradient)</source>
        <translation>포렌식 보기(오류 수준, 노이즈, 그레이디언트)(&amp;F)</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>번들 내보내기</translation>
    </message>
    <message>
        <source>Articles in the bundle</source>
        <translation>번들에 포함된 기사</translation>
    </message>
    <message>
        <source>Add articles to the bundle</source>
        <translation>번들에 기사를 추가합니다</translation>
    </message>
    <message>
        <source>Remove the selected articles from the bundle</source>
        <translation>선택한 기사를 번들에서 제거합니다</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>번들 파일</translation>
    </message>
    <message>
        <source>/path/to/story-bundle.zip</source>
        <translation>/path/to/story-bundle.zip</translation>
    </message>
    <message>
        <source>Choose the bundle file</source>
        <translation>번들 파일을 선택합니다</translation>
    </message>
    <message>
        <source>Bagging date</source>
        <translation>백 생성 날짜</translation>
    </message>
    <message>
        <source>Written as Bagging-Date and as the time of every file in the zip: the same articles with the same date give the same zip, byte for byte.</source>
        <translation>Bagging-Date와 zip 안 모든 파일의 시각으로 기록됩니다. 같은 기사와 같은 날짜로는 바이트 단위까지 같은 zip이 만들어집니다.</translation>
    </message>
    <message>
        <source>A picture of each image with its regions and legend, and a crop of every region. Without them the report still draws the regions.</source>
        <translation>각 이미지에 영역과 범례를 그린 그림과 모든 영역의 자른 이미지입니다. 이것이 없어도 보고서에는 영역이 그려집니다.</translation>
    </message>
    <message>
        <source>The report also as a PDF, beside the HTML page.</source>
        <translation>HTML 페이지와 함께 보고서를 PDF로도 만듭니다.</translation>
    </message>
    <message>
        <source>Each image&apos;s error level analysis, noise residual and luminance gradient as PNG files, listed in the report. They are aids: they show evidence, they do not declare an image fake.</source>
        <translation>각 이미지의 오류 수준 분석, 노이즈 잔차, 휘도 그레이디언트를 PNG 파일로 만들어 보고서에 나열합니다. 이는 보조 자료로, 증거를 보여 줄 뿐 이미지가 가짜라고 단정하지 않습니다.</translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation>소스 기관</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>담당자 이름</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>담당자 이메일</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>번들(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>Source &amp;organization:</source>
        <translation>소스 기관(&amp;O):</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>담당자 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>담당자 이메일(&amp;E):</translation>
    </message>
    <message>
        <source>Bag information (kept for the next bundle)</source>
        <translation>백 정보(다음 번들에도 유지됨)</translation>
    </message>
    <message>
        <source>Add Articles to the Bundle</source>
        <translation>번들에 기사 추가</translation>
    </message>
    <message>
        <source>Articles (*.md *.markdown *.txt);;All files (*)</source>
        <translation>기사(*.md *.markdown *.txt);;모든 파일(*)</translation>
    </message>
    <message>
        <source>Export Bundle As</source>
        <translation>다른 이름으로 번들 내보내기</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>번들(*.zip)</translation>
    </message>
    <message>
        <source>Add at least one article.</source>
        <translation>기사를 하나 이상 추가하십시오.</translation>
    </message>
    <message>
        <source>The article “%1” is not in “%2” any more.</source>
        <translation>기사 “%1”이(가) 더 이상 “%2”에 없습니다.</translation>
    </message>
    <message>
        <source>Enter the file to write the bundle to, or choose it with Browse….</source>
        <translation>번들을 쓸 파일을 입력하거나 찾아보기…로 선택하십시오.</translation>
    </message>
    <message>
        <source>Enter the bundle&apos;s full path (for example %1), or choose it with Browse….</source>
        <translation>번들의 전체 경로(예: %1)를 입력하거나 찾아보기…로 선택하십시오.</translation>
    </message>
    <message>
        <source>The bundle&apos;s file name must end in .zip.</source>
        <translation>번들 파일 이름은 .zip으로 끝나야 합니다.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>폴더 “%1”이(가) 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is a folder; enter a file name ending in .zip.</source>
        <translation>“%1”은(는) 폴더입니다. .zip으로 끝나는 파일 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>The bundle would replace the article “%1”.</source>
        <translation>번들이 기사 “%1”을(를) 덮어쓰게 됩니다.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1”은(는) 이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Replace Bundle</source>
        <translation>번들 바꾸기</translation>
    </message>
    <message>
        <source>“%1” already exists in “%2”.</source>
        <translation>“%2”에 “%1”이(가) 이미 있습니다.</translation>
    </message>
    <message>
        <source>Replace it with the new bundle?</source>
        <translation>새 번들로 바꾸시겠습니까?</translation>
    </message>
</context>
<context>
    <name>provena::FileActionHandler</name>
    <message numerus="yes">
        <source>Reloaded changes from disk: %n region(s) added</source>
        <translation>
            <numerusform>디스크에서 변경 사항을 다시 불러왔습니다: 영역 %n개 추가됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged changes from disk: %n region(s) added</source>
        <translation>
            <numerusform>디스크의 변경 사항을 병합했습니다: 영역 %n개 추가됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n removed</source>
        <translation>
            <numerusform>, %n개 제거됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>자동 저장 실패: %1</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>기사 열기</translation>
    </message>
    <message>
        <source>Articles and bundles (*.md *.markdown *.txt *.html *.htm *.zip);;Articles (*.md *.markdown *.txt *.html *.htm);;Bundles (*.zip);;All files (*)</source>
        <translation>기사 및 번들(*.md *.markdown *.txt *.html *.htm *.zip);;기사(*.md *.markdown *.txt *.html *.htm);;번들(*.zip);;모든 파일(*)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation>디스크에서 다시 불러오기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Attach Local File for Image…</source>
        <translation>이미지에 로컬 파일 첨부(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>기사 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Write &amp;XMP Sidecars on Save</source>
        <translation>저장 시 XMP 사이드카 파일 쓰기(&amp;X)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>“%1”에 저장하지 않은 변경 사항이 있습니다.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>계속하기 전에 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Could Not Open Article</source>
        <translation>기사를 열 수 없음</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>저장하지 않은 작업 복구</translation>
    </message>
    <message>
        <source>Provena found work on “%1” that was not saved, probably because Provena or the computer stopped unexpectedly.</source>
        <translation>“%1”에서 저장되지 않은 작업을 발견했습니다. Provena나 컴퓨터가 예기치 않게 종료되었기 때문일 수 있습니다.</translation>
    </message>
    <message>
        <source>Recover it? It is loaded as unsaved changes; the saved annotations on disk stay as they are until you save.</source>
        <translation>복구하시겠습니까? 저장하지 않은 변경 사항으로 불러오며, 디스크에 저장된 주석은 저장할 때까지 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Could Not Recover</source>
        <translation>복구할 수 없음</translation>
    </message>
    <message>
        <source>Recovered unsaved work. Save to keep it.</source>
        <translation>저장하지 않은 작업을 복구했습니다. 보존하려면 저장하십시오.</translation>
    </message>
    <message>
        <source>Saved Annotations Unreadable</source>
        <translation>저장된 주석을 읽을 수 없음</translation>
    </message>
    <message>
        <source>The annotations file on disk could not be read when the article was opened, so saving would replace work Provena could not load.</source>
        <translation>기사를 열 때 디스크의 주석 파일을 읽을 수 없었으므로, 저장하면 Provena가 불러오지 못한 작업을 덮어쓰게 됩니다.</translation>
    </message>
    <message>
        <source>Keep a copy of the unreadable file beside it and save?</source>
        <translation>읽을 수 없는 파일의 사본을 옆에 보관하고 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>저장할 수 없음</translation>
    </message>
    <message>
        <source>The unreadable file was kept as %1.</source>
        <translation>읽을 수 없는 파일을 %1(으)로 보관했습니다.</translation>
    </message>
    <message>
        <source>Not saved: the annotations changed on disk.</source>
        <translation>저장되지 않음: 디스크의 주석이 변경되었습니다.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message numerus="yes">
        <source>Saved, but %n XMP sidecar problem(s): %1</source>
        <translation>
            <numerusform>저장했으나 XMP 사이드카 파일 문제가 %n개 있습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Article As</source>
        <translation>다른 이름으로 기사 저장</translation>
    </message>
    <message>
        <source>Articles (*.md *.markdown *.txt *.html *.htm);;All files (*)</source>
        <translation>기사(*.md *.markdown *.txt *.html *.htm);;모든 파일(*)</translation>
    </message>
    <message>
        <source>Could Not Save As</source>
        <translation>다른 이름으로 저장할 수 없음</translation>
    </message>
    <message>
        <source>Provena does not save through a symbolic link. Choose another name.</source>
        <translation>Provena는 심볼릭 링크를 통해 저장하지 않습니다. 다른 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>파일 바꾸기</translation>
    </message>
    <message>
        <source>“%1” already exists in “%2”.</source>
        <translation>“%2”에 “%1”이(가) 이미 있습니다.</translation>
    </message>
    <message>
        <source>Replace it with this article and its annotations?</source>
        <translation>이 기사와 주석으로 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>%1(으)로 저장됨</translation>
    </message>
    <message numerus="yes">
        <source>, with %n image(s) copied beside it</source>
        <translation>
            <numerusform>, 이미지 %n개를 옆에 복사함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n image(s) outside the article&apos;s folder stay where they are</source>
        <translation>
            <numerusform>; 기사 폴더 밖의 이미지 %n개는 그대로 유지됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Reload Article</source>
        <translation>기사 다시 불러오기</translation>
    </message>
    <message>
        <source>Reloading replaces your unsaved changes with the files on disk.</source>
        <translation>다시 불러오면 저장하지 않은 변경 사항이 디스크의 파일로 대체됩니다.</translation>
    </message>
    <message>
        <source>Reload anyway? Choose No to keep working on your version.</source>
        <translation>그래도 다시 불러오시겠습니까? 현재 버전으로 계속 작업하려면 아니요를 선택하십시오.</translation>
    </message>
    <message>
        <source>Could Not Reload</source>
        <translation>다시 불러올 수 없음</translation>
    </message>
    <message>
        <source>Reloaded from disk.</source>
        <translation>디스크에서 다시 불러왔습니다.</translation>
    </message>
    <message>
        <source>Changes Since the Annotations Were Saved</source>
        <translation>주석 저장 이후의 변경 사항</translation>
    </message>
    <message>
        <source>Attach Local File for Image %1</source>
        <translation>이미지 %1에 로컬 파일 첨부</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp);;All files (*)</source>
        <translation>이미지(*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp);;모든 파일(*)</translation>
    </message>
    <message>
        <source>Attach Local File</source>
        <translation>로컬 파일 첨부</translation>
    </message>
    <message>
        <source>Fetched image %1 into %2</source>
        <translation>이미지 %1을(를) %2(으)로 가져왔습니다</translation>
    </message>
    <message numerus="yes">
        <source>, %n conflict(s) to review (Properties for regions and text spans, Merge Conflicts for the rest)</source>
        <translation>
            <numerusform>, 검토할 충돌 %n개 (영역과 텍스트 구간은 속성에서, 나머지는 병합 충돌에서)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>provena::ForensicHistogramPlot</name>
    <message>
        <source>Histogram</source>
        <translation>히스토그램</translation>
    </message>
    <message numerus="yes">
        <source>Red, green, blue and luminance (white) over 256 levels, %n pixel(s)</source>
        <translation>
            <numerusform>256단계의 빨강, 초록, 파랑 및 휘도(흰색), 픽셀 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>provena::ForensicsDock</name>
    <message>
        <source>Table %1 (%2-bit)</source>
        <translation>테이블 %1(%2비트)</translation>
    </message>
    <message>
        <source>Forensics</source>
        <translation>포렌식</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Accept as Region</source>
        <translation>영역으로 수락</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Export View as Image…</source>
        <translation>보기를 이미지로 내보내기…</translation>
    </message>
    <message>
        <source>These views are aids for your judgement: they show evidence, they do not declare an image fake. Check what they show against the photo.</source>
        <translation>이 보기는 판단을 돕는 보조 자료입니다. 증거를 보여 줄 뿐 이미지가 가짜라고 단정하지 않습니다. 보기에 나타난 내용을 사진과 대조하여 확인하십시오.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>The JPEG quality the photo is saved at again for the comparison.</source>
        <translation>비교를 위해 사진을 다시 저장할 JPEG 품질입니다.</translation>
    </message>
    <message>
        <source>How much the differences are brightened.</source>
        <translation>차이를 밝게 하는 정도입니다.</translation>
    </message>
    <message>
        <source>Opacity of the view over the photo.</source>
        <translation>사진 위에 겹친 보기의 불투명도입니다.</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>보기(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>품질(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Amplification:</source>
        <translation>증폭(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation>불투명도(&amp;O):</translation>
    </message>
    <message>
        <source>Copy-move suggestions:</source>
        <translation>복사-이동 제안:</translation>
    </message>
    <message>
        <source>Histogram:</source>
        <translation>히스토그램:</translation>
    </message>
    <message>
        <source>JPEG quantisation tables:</source>
        <translation>JPEG 양자화 테이블:</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>This image has no local file to analyse.</source>
        <translation>이 이미지에는 분석할 로컬 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>“%1” 읽는 중…</translation>
    </message>
    <message>
        <source>Analysed at %1×%2 of %3×%4 pixels (a reduced decode).</source>
        <translation>%3×%4픽셀 중 %1×%2로 분석했습니다(축소 디코딩).</translation>
    </message>
    <message>
        <source>Estimated quality: %1.</source>
        <translation>추정 품질: %1.</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>%1 계산 중…</translation>
    </message>
    <message>
        <source>%1 of “%2” failed: %3</source>
        <translation>“%2”의 %1 실패: %3</translation>
    </message>
    <message>
        <source>No cloned areas found in “%1”.</source>
        <translation>“%1”에서 복제된 영역을 찾지 못했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of areas look copied in “%1”.</source>
        <translation>
            <numerusform>“%1”에서 복사된 것으로 보이는 영역 쌍이 %n개 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ↔ %2 (%n matching keypoint(s))</source>
        <translation>
            <numerusform>%1 ↔ %2(일치하는 키포인트 %n개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy-move suggestion: %1 and %2 look copied one onto the other (%n matching keypoint(s)). An aid, not a verdict.</source>
        <translation>
            <numerusform>복사-이동 제안: %1과(와) %2이(가) 서로 복사된 것으로 보입니다(일치하는 키포인트 %n개). 판정이 아닌 보조 자료입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no forensic view to export.</source>
        <translation>내보낼 포렌식 보기가 없습니다.</translation>
    </message>
    <message>
        <source>Could not encode the view as PNG for “%1”.</source>
        <translation>“%1”의 보기를 PNG로 인코딩할 수 없습니다.</translation>
    </message>
    <message>
        <source>Export View as Image</source>
        <translation>보기를 이미지로 내보내기</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지(*.png)</translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation>“%1”(으)로 내보냈습니다.</translation>
    </message>
</context>
<context>
    <name>provena::ImageFetchJob</name>
    <message>
        <source>There is no image %1 in this article.</source>
        <translation>이 기사에는 이미지 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The article was closed while image %1 was fetched; the file stays in “%2”.</source>
        <translation>이미지 %1을(를) 가져오는 동안 기사가 닫혔습니다. 파일은 “%2”에 남아 있습니다.</translation>
    </message>
</context>
<context>
    <name>provena::ImageFetcher</name>
    <message>
        <source>Provena is offline (the setting “network/offline” or --offline), so it did not fetch “%1”. Turn offline mode off to fetch images.</source>
        <translation>Provena가 오프라인 상태이므로(“network/offline” 설정 또는 --offline) “%1”을(를) 가져오지 않았습니다. 이미지를 가져오려면 오프라인 모드를 끄십시오.</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link; Provena never writes through links. Replace it with a folder.</source>
        <translation>“%1”은(는) 심볼릭 링크입니다. Provena는 링크를 통해 쓰지 않습니다. 폴더로 바꾸십시오.</translation>
    </message>
    <message>
        <source>“%1” is not a folder, so the image cannot be saved there.</source>
        <translation>“%1”은(는) 폴더가 아니므로 이미지를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not create the folder “%1” for fetched images. Check that the article&apos;s folder is writable.</source>
        <translation>가져온 이미지를 넣을 폴더 “%1”을(를) 만들 수 없습니다. 기사 폴더에 쓰기 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>“%1” leads outside the article&apos;s folder (to “%2”); Provena does not write there.</source>
        <translation>“%1”은(는) 기사 폴더 밖(“%2”)을 가리킵니다. Provena는 그곳에 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>The server answered %1 %2 for “%3” without saying where to go; nothing was saved.</source>
        <translation>서버가 “%3”에 대해 이동할 위치 없이 %1 %2(으)로 응답했습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>The server answered %1 %2 for “%3”; nothing was saved.</source>
        <translation>서버가 “%3”에 대해 %1 %2(으)로 응답했습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB, more than the limit of %3 MB (the setting “network/maxDownloadMB”, --max-size); nothing was downloaded.</source>
        <translation>“%1”은(는) %2MB로 제한인 %3MB(“network/maxDownloadMB” 설정, --max-size)를 초과합니다. 아무것도 다운로드하지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not create a file in “%1” for the download. Check that the folder is writable.</source>
        <translation>다운로드할 파일을 “%1”에 만들 수 없습니다. 폴더에 쓰기 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>“%1” passed the limit of %2 MB while downloading (the server did not announce its size); the download was stopped and nothing was saved.</source>
        <translation>다운로드 중 “%1”이(가) 제한인 %2MB를 초과했습니다(서버가 크기를 알리지 않음). 다운로드를 중단했으며 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not write the download to “%1”: %2</source>
        <translation>다운로드한 내용을 “%1”에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Provena could not reach “%1”: %2. Nothing was saved; check the address and the network connection.</source>
        <translation>“%1”에 연결할 수 없습니다: %2. 아무것도 저장하지 않았습니다. 주소와 네트워크 연결을 확인하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>The download of “%1” broke off after %n byte(s): %2. Nothing was saved; try again.</source>
        <translation>
            <numerusform>“%1” 다운로드가 %n바이트 후 중단되었습니다: %2. 아무것도 저장하지 않았습니다. 다시 시도하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent no answer for “%1”; nothing was saved.</source>
        <translation>서버가 “%1”에 대해 응답하지 않았습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>The server closed the connection after %1 of %2 bytes of “%3”; nothing was saved. Try again.</source>
        <translation>서버가 “%3”의 %2바이트 중 %1바이트를 보낸 후 연결을 끊었습니다. 아무것도 저장하지 않았습니다. 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The server of “%1” did not answer within %2 s; nothing was saved. Try again later.</source>
        <translation>“%1”의 서버가 %2초 안에 응답하지 않았습니다. 아무것도 저장하지 않았습니다. 나중에 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The server of “%1” sent nothing for %2 s after %3 bytes; the download was stopped and nothing was saved.</source>
        <translation>“%1”의 서버가 %3바이트 이후 %2초 동안 아무것도 보내지 않았습니다. 다운로드를 중단했으며 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>The server sent an HTML page, not an image, for “%1” (Content-Type “%2”). It may be an error or login page: open the address in a browser. Nothing was saved.</source>
        <translation>서버가 “%1”에 대해 이미지가 아닌 HTML 페이지를 보냈습니다(Content-Type “%2”). 오류 페이지나 로그인 페이지일 수 있으니 브라우저에서 주소를 열어 보십시오. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>The server sent data that is not an image Provena can read for “%1” (Content-Type “%2”); nothing was saved.</source>
        <translation>서버가 “%1”에 대해 Provena가 읽을 수 있는 이미지가 아닌 데이터를 보냈습니다(Content-Type “%2”). 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>The name “%1” would leave the folder “%2”; nothing was saved.</source>
        <translation>이름 “%1”은(는) 폴더 “%2” 밖을 가리킵니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>“%1” already exists with different content; Provena does not overwrite it. Move it away and fetch again, or attach it if it is the image.</source>
        <translation>“%1”이(가) 이미 있으며 내용이 다릅니다. Provena는 이를 덮어쓰지 않습니다. 다른 곳으로 옮긴 후 다시 가져오거나, 해당 이미지가 맞다면 첨부하십시오.</translation>
    </message>
    <message>
        <source>Could not save the download as “%1”: %2</source>
        <translation>다운로드한 내용을 “%1”(으)로 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The download of “%1” was cancelled; nothing was saved.</source>
        <translation>“%1” 다운로드가 취소되었습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a complete web address; Provena fetches only http and https addresses.</source>
        <translation>“%1”은(는) 완전한 웹 주소가 아닙니다. Provena는 http 및 https 주소만 가져옵니다.</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address; Provena fetches nothing else (no file:, ftp: or data: addresses).</source>
        <translation>“%1”은(는) http 또는 https 주소가 아닙니다. Provena는 그 밖의 주소(file:, ftp:, data: 주소)는 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>“%1” names no server.</source>
        <translation>“%1”에 서버가 지정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>“%1” redirects to “%2”, which is not an http or https address; Provena does not follow it.</source>
        <translation>“%1”이(가) http 또는 https 주소가 아닌 “%2”(으)로 리디렉션됩니다. Provena는 이를 따르지 않습니다.</translation>
    </message>
    <message>
        <source>“%1” redirects from https to plain http (“%2”); Provena does not follow a downgrade to an unencrypted connection.</source>
        <translation>“%1”이(가) https에서 일반 http(“%2”)로 리디렉션됩니다. Provena는 암호화되지 않은 연결로의 다운그레이드를 따르지 않습니다.</translation>
    </message>
    <message>
        <source>“%1” redirects in a loop: “%2” leads back to “%3”. Nothing was saved.</source>
        <translation>“%1”의 리디렉션이 반복됩니다. “%2”이(가) 다시 “%3”(으)로 이어집니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>“%1” redirected more than %2 times (the last to “%3”); Provena stops there. Nothing was saved.</source>
        <translation>“%1”이(가) %2회 넘게 리디렉션되었습니다(마지막 위치 “%3”). Provena는 여기서 중단합니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>provena::ImageLoadingService</name>
    <message>
        <source>No embedded thumbnail is read for “%1”.</source>
        <translation>“%1”의 내장 썸네일은 읽지 않습니다.</translation>
    </message>
</context>
<context>
    <name>provena::ImageStrip</name>
    <message>
        <source>Images of the article</source>
        <translation>기사의 이미지</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>“%1”을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>not
local</source>
        <translation>로컬
아님</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>불러오는 중</translation>
    </message>
    <message>
        <source>cannot
read</source>
        <translation>읽을 수
없음</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>이미지 %1: %2</translation>
    </message>
    <message>
        <source>Image %1: %2 (%3)</source>
        <translation>이미지 %1: %2(%3)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>판정: %1</translation>
    </message>
    <message>
        <source>, verdict %1</source>
        <translation>, 판정 %1</translation>
    </message>
</context>
<context>
    <name>provena::ImageView</name>
    <message>
        <source>Image canvas</source>
        <translation>이미지 캔버스</translation>
    </message>
    <message>
        <source>The photo with its regions. Use the tool keys to draw, arrow keys to nudge.</source>
        <translation>영역이 표시된 사진입니다. 도구 키로 그리고 화살표 키로 미세 이동하십시오.</translation>
    </message>
</context>
<context>
    <name>provena::LabelEditDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>선택(&amp;H)…</translation>
    </message>
    <message>
        <source>Add Label</source>
        <translation>레이블 추가</translation>
    </message>
    <message>
        <source>Edit Label</source>
        <translation>레이블 편집</translation>
    </message>
    <message>
        <source>Label ID</source>
        <translation>레이블 ID</translation>
    </message>
    <message>
        <source>Stored in sidecars: 1–64 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>사이드카 파일에 저장됨: 소문자, 숫자, &apos;-&apos; 또는 &apos;_&apos; 1~64자.</translation>
    </message>
    <message>
        <source>Label name</source>
        <translation>레이블 이름</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>레이블 색상</translation>
    </message>
    <message>
        <source>Choose label colour</source>
        <translation>레이블 색상 선택</translation>
    </message>
    <message>
        <source>Label description</source>
        <translation>레이블 설명</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>색상(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>The ID must be 1–64 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>ID는 소문자, 숫자, &apos;-&apos; 또는 &apos;_&apos;로 된 1~64자여야 합니다.</translation>
    </message>
    <message>
        <source>The ID “%1” is already used; choose another.</source>
        <translation>ID “%1”은(는) 이미 사용 중입니다. 다른 ID를 선택하십시오.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter a colour as #RRGGBB or choose one.</source>
        <translation>색상을 #RRGGBB 형식으로 입력하거나 선택하십시오.</translation>
    </message>
    <message>
        <source>Label Colour</source>
        <translation>레이블 색상</translation>
    </message>
</context>
<context>
    <name>provena::LabelsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>Manage Labels</source>
        <translation>레이블 관리</translation>
    </message>
    <message>
        <source>Manage labels</source>
        <translation>레이블 관리</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>레이블 추가</translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation>레이블 편집</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>레이블 제거</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Save labels</source>
        <translation>레이블 저장</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Built-in labels cannot be changed. Your own labels are stored in %1 and shared with provena-cli.</source>
        <translation>기본 제공 레이블은 변경할 수 없습니다. 사용자 레이블은 %1에 저장되며 provena-cli와 공유됩니다.</translation>
    </message>
    <message>
        <source>About your labels</source>
        <translation>사용자 레이블 정보</translation>
    </message>
    <message>
        <source>Your labels could not be read, so they cannot be changed here. Fix or remove the file and open this dialog again.
%1</source>
        <translation>사용자 레이블을 읽을 수 없어 여기에서 변경할 수 없습니다. 파일을 수정하거나 제거한 후 이 대화 상자를 다시 여십시오.
%1</translation>
    </message>
    <message>
        <source>built-in (read-only)</source>
        <translation>기본 제공(읽기 전용)</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>내 항목</translation>
    </message>
    <message>
        <source>Your labels could not be read, so they were not saved.
%1</source>
        <translation>사용자 레이블을 읽을 수 없어 저장하지 않았습니다.
%1</translation>
    </message>
    <message>
        <source>Your labels could not be saved.
%1</source>
        <translation>사용자 레이블을 저장할 수 없습니다.
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
        <translation>%1%</translation>
    </message>
    <message>
        <source>x %1, y %2</source>
        <translation>x %1, y %2</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Auto&amp;save Interval…</source>
        <translation>자동 저장 간격(&amp;S)…</translation>
    </message>
    <message>
        <source>Manage &amp;Labels…</source>
        <translation>레이블 관리(&amp;L)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>창에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels (100 %)</source>
        <translation>실제 픽셀(100%)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>다음 이미지(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>이전 이미지(&amp;P)</translation>
    </message>
    <message>
        <source>Focus &amp;Text</source>
        <translation>텍스트에 포커스(&amp;T)</translation>
    </message>
    <message>
        <source>Focus &amp;Canvas</source>
        <translation>캔버스에 포커스(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;Provenance</source>
        <translation>출처 표시(&amp;P)</translation>
    </message>
    <message>
        <source>Show &amp;Source</source>
        <translation>소스 표시(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Provena</source>
        <translation>Provena 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>이미지(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>도구</translation>
    </message>
    <message>
        <source>Label for new regions</source>
        <translation>새 영역의 레이블</translation>
    </message>
    <message>
        <source> New: </source>
        <translation> 새 영역: </translation>
    </message>
    <message>
        <source>%1[*] — Provena</source>
        <translation>%1[*] — Provena</translation>
    </message>
    <message>
        <source>Autosave Interval</source>
        <translation>자동 저장 간격</translation>
    </message>
    <message>
        <source>Seconds between recovery copies of unsaved work (0 turns autosave off):</source>
        <translation>저장하지 않은 작업의 복구용 사본을 만드는 간격(초)(0이면 자동 저장 끔):</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;열림&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>실행 취소 기록</translation>
    </message>
    <message>
        <source>The image&apos;s metadata has no field %1 (any more): was the file replaced?</source>
        <translation>이미지 메타데이터에 %1 필드가 (더 이상) 없습니다. 파일이 교체되었습니까?</translation>
    </message>
    <message>
        <source>Cursor position in image pixels</source>
        <translation>이미지 픽셀 기준 커서 위치</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>확대/축소</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>이미지 크기</translation>
    </message>
    <message>
        <source>Region under the cursor</source>
        <translation>커서 아래의 영역</translation>
    </message>
    <message>
        <source>Labels saved.</source>
        <translation>레이블을 저장했습니다.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>환경 설정을 저장했습니다.</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>사용자 안내서(&amp;U)</translation>
    </message>
</context>
<context>
    <name>provena::MergeConflictPanel</name>
    <message>
        <source>(deleted)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <source>Conflict in the %1</source>
        <translation>%1 충돌</translation>
    </message>
    <message>
        <source>Conflict in the %1 of the text span “%2”</source>
        <translation>텍스트 구간 “%2”의 %1 충돌</translation>
    </message>
    <message>
        <source>Mine: %1</source>
        <translation>내 버전: %1</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>상대 버전: %1</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>내 버전 유지(&amp;M)</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>상대 버전 사용(&amp;T)</translation>
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
        <translation>XMP 사이드카 파일</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>메타데이터</translation>
    </message>
    <message>
        <source>Metadata flags and warnings</source>
        <translation>메타데이터 플래그 및 경고</translation>
    </message>
    <message>
        <source>Filter fields…</source>
        <translation>필드 필터…</translation>
    </message>
    <message>
        <source>Filter metadata fields</source>
        <translation>메타데이터 필드 필터</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>From</source>
        <translation>소스</translation>
    </message>
    <message>
        <source>Metadata fields</source>
        <translation>메타데이터 필드</translation>
    </message>
    <message>
        <source>No local image.</source>
        <translation>로컬 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>Reading the metadata of %1…</source>
        <translation>%1의 메타데이터 읽는 중…</translation>
    </message>
    <message>
        <source>%1 has no EXIF, IPTC or XMP metadata. News sites and social networks often strip it on upload: its absence proves nothing, but there is no camera, date or creator record here to check the photo&apos;s origin against.</source>
        <translation>%1에는 EXIF, IPTC, XMP 메타데이터가 없습니다. 뉴스 사이트와 소셜 네트워크는 업로드 시 메타데이터를 제거하는 경우가 많으므로 메타데이터가 없다고 해서 무엇이 입증되지는 않지만, 사진의 기원을 대조할 카메라, 날짜, 작성자 기록이 여기에는 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) in %1</source>
        <translation>
            <numerusform>%1의 필드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>모든 필드</translation>
    </message>
</context>
<context>
    <name>provena::MissingImageWidget</name>
    <message>
        <source>&amp;Attach Local File…</source>
        <translation>로컬 파일 첨부(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>가져오기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>Image not available</source>
        <translation>이미지를 사용할 수 없음</translation>
    </message>
    <message>
        <source>Fetch the image from its web address</source>
        <translation>웹 주소에서 이미지를 가져옵니다</translation>
    </message>
    <message>
        <source>Download the image into the article&apos;s “_files” folder and record where it came from in the chain of custody</source>
        <translation>이미지를 기사의 “_files” 폴더에 다운로드하고 그 출처를 관리 연속성 기록에 남깁니다</translation>
    </message>
    <message>
        <source>Attach a local file for this image</source>
        <translation>이 이미지에 로컬 파일을 첨부합니다</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>다운로드 진행률</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>다운로드를 취소합니다</translation>
    </message>
    <message>
        <source>Image %1 is not available locally</source>
        <translation>이미지 %1을(를) 로컬에서 사용할 수 없음</translation>
    </message>
    <message>
        <source>Provena looked beside the article and in its “_files” folder. Fetch the image from its address, save it there, or attach the file you have.</source>
        <translation>Provena가 기사 옆과 기사의 “_files” 폴더를 찾아보았습니다. 이미지를 주소에서 가져오거나, 그곳에 저장하거나, 가지고 있는 파일을 첨부하십시오.</translation>
    </message>
    <message>
        <source>Provena looked beside the article and in its “_files” folder. Save the image there, or attach the file you have.</source>
        <translation>Provena가 기사 옆과 기사의 “_files” 폴더를 찾아보았습니다. 이미지를 그곳에 저장하거나 가지고 있는 파일을 첨부하십시오.</translation>
    </message>
    <message>
        <source>Provena is offline (the setting “network/offline”), so it does not fetch.</source>
        <translation>Provena가 오프라인 상태이므로(“network/offline” 설정) 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 KB</source>
        <translation>%1/%2KB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1KB</translation>
    </message>
</context>
<context>
    <name>provena::OpenReportBar</name>
    <message>
        <source>&amp;Allow Images Outside the Folder</source>
        <translation>폴더 밖의 이미지 허용(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>자세히(&amp;D)…</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>닫기(&amp;I)</translation>
    </message>
    <message>
        <source>What changed since the annotations were saved</source>
        <translation>주석 저장 이후 변경된 내용</translation>
    </message>
    <message>
        <source>Show the changed links and images</source>
        <translation>변경된 연결과 이미지를 표시합니다</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>이 알림을 숨깁니다</translation>
    </message>
    <message>
        <source>Read the images outside the article&apos;s folder for this article and reopen it</source>
        <translation>이 기사에 대해 기사 폴더 밖의 이미지를 읽고 기사를 다시 엽니다</translation>
    </message>
    <message>
        <source>Since the annotations were saved: %1. Regions of changed images are marked for review.</source>
        <translation>주석 저장 이후: %1. 변경된 이미지의 영역은 검토 대상으로 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) outside the article&apos;s folder not read: %1.</source>
        <translation>
            <numerusform>기사 폴더 밖의 이미지 %n개를 읽지 않았습니다: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) missing, unreadable or not images: %1.</source>
        <translation>
            <numerusform>없거나 읽을 수 없거나 이미지가 아닌 파일 %n개: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the saved annotations could not be read (%1)</source>
        <translation>저장된 주석을 읽을 수 없습니다(%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n text link(s) re-anchored</source>
        <translation>
            <numerusform>텍스트 연결 %n개 다시 고정됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned</source>
        <translation>
            <numerusform>%n개 고립됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text link(s) orphaned</source>
        <translation>
            <numerusform>텍스트 연결 %n개 고립됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) changed</source>
        <translation>
            <numerusform>이미지 %n개 변경됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) no longer in the article</source>
        <translation>
            <numerusform>이미지 %n개가 더 이상 기사에 없음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) outside the article&apos;s folder not read</source>
        <translation>
            <numerusform>기사 폴더 밖의 이미지 %n개 읽지 않음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) missing, unreadable or not images</source>
        <translation>
            <numerusform>없거나 읽을 수 없거나 이미지가 아닌 파일 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: found again by approximate match (%2 % similar), now at characters %3–%4.</source>
        <translation>%1: 근사 일치로 다시 찾았습니다(유사도 %2%). 현재 위치는 %3–%4번째 문자입니다.</translation>
    </message>
    <message>
        <source>%1: moved from characters %2–%3 to %4–%5.</source>
        <translation>%1: %2–%3번째 문자에서 %4–%5번째 문자로 이동했습니다.</translation>
    </message>
    <message>
        <source>%1: orphaned, not found in the text any more. The link is kept; unlink it in the Properties dock or link the region to new text.</source>
        <translation>%1: 고립됨, 텍스트에서 더 이상 찾을 수 없습니다. 연결은 유지됩니다. 속성 패널에서 연결을 해제하거나 영역을 새 텍스트에 연결하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Image %1 changed since the annotations were saved; its %n region(s) are marked for review.</source>
        <translation>
            <numerusform>주석 저장 이후 이미지 %1이(가) 변경되었습니다. 영역 %n개가 검토 대상으로 표시되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded image %1 is no longer in the article; its regions are kept.</source>
        <translation>기록된 이미지 %1이(가) 더 이상 기사에 없습니다. 해당 영역은 유지됩니다.</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>이미지 %1: %2</translation>
    </message>
</context>
<context>
    <name>provena::PointTool</name>
    <message>
        <source>Point</source>
        <translation>점</translation>
    </message>
</context>
<context>
    <name>provena::PolygonTool</name>
    <message>
        <source>Polyline</source>
        <translation>폴리라인</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>다각형</translation>
    </message>
    <message numerus="yes">
        <source>%n vertices. Enter or double-click finishes, Backspace removes the last, Esc cancels</source>
        <translation>
            <numerusform>꼭짓점 %n개. Enter 또는 두 번 클릭하면 완료, Backspace는 마지막 꼭짓점 제거, Esc는 취소</numerusform>
        </translation>
    </message>
    <message>
        <source>A %1 needs at least %2 vertices</source>
        <translation>%1에는 꼭짓점이 %2개 이상 필요합니다</translation>
    </message>
    <message>
        <source>polygon</source>
        <translation>다각형</translation>
    </message>
    <message>
        <source>polyline</source>
        <translation>폴리라인</translation>
    </message>
</context>
<context>
    <name>provena::PreferencesDialog</name>
    <message>
        <source>Manage &amp;Labels…</source>
        <translation>레이블 관리(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Fetch images from the web</source>
        <translation>웹에서 이미지 가져오기(&amp;F)</translation>
    </message>
    <message>
        <source>Write &amp;XMP sidecars beside the images on save</source>
        <translation>저장 시 이미지 옆에 XMP 사이드카 파일 쓰기(&amp;X)</translation>
    </message>
    <message>
        <source>Render &amp;images and crops</source>
        <translation>이미지 및 자르기 렌더링(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>PDF 보고서(&amp;P)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>일반(&amp;G)</translation>
    </message>
    <message>
        <source>Labels &amp;&amp; &amp;Agencies</source>
        <translation>레이블 및 통신사(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Files &amp;&amp; Network</source>
        <translation>파일 및 네트워크(&amp;F)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>시스템 기본값(%1)</translation>
    </message>
    <message>
        <source>A new language applies the next time Provena starts. provena-cli uses it too; --lang overrides it.</source>
        <translation>새 언어는 Provena를 다음에 시작할 때 적용됩니다. provena-cli에도 적용되며, --lang을 지정하면 이 설정보다 우선합니다.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>The author of the regions and claims you make, in the GUI and in provena-cli. Empty: your account name.</source>
        <translation>GUI와 provena-cli에서 만드는 영역과 주장의 작성자입니다. 비워 두면 계정 이름을 사용합니다.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Written as Source-Organization into the bundles you export.</source>
        <translation>내보내는 번들에 Source-Organization으로 기록됩니다.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>사용자 이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>기관(&amp;O):</translation>
    </message>
    <message>
        <source>Your agencies</source>
        <translation>사용자 통신사</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Labels offered for regions; yours are shared with provena-cli labels.</source>
        <translation>영역에 제공되는 레이블입니다. 사용자 레이블은 provena-cli labels와 공유됩니다.</translation>
    </message>
    <message>
        <source>Agencies provenance suggestions know by name, besides the built-in ones; shared with provena-cli agencies (%1).</source>
        <translation>기본 제공 통신사 외에 출처 제안에서 이름으로 인식하는 통신사입니다. provena-cli agencies와 공유됩니다(%1).</translation>
    </message>
    <message>
        <source>Autosave interval</source>
        <translation>자동 저장 간격</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Seconds between recovery copies of unsaved work.</source>
        <translation>저장하지 않은 작업의 복구용 사본을 만드는 간격(초)입니다.</translation>
    </message>
    <message>
        <source>Off: Provena never connects to the network; images are not fetched by their web address (provena-cli fetch too).</source>
        <translation>끄면 Provena는 네트워크에 연결하지 않으며 이미지를 웹 주소에서 가져오지 않습니다(provena-cli fetch도 마찬가지).</translation>
    </message>
    <message>
        <source>Largest image to decode</source>
        <translation>디코딩할 최대 이미지 크기</translation>
    </message>
    <message>
        <source> MP</source>
        <translation> MP</translation>
    </message>
    <message>
        <source>Images with more pixels are refused before they are decoded, in the GUI and in provena-cli.</source>
        <translation>이보다 픽셀이 많은 이미지는 GUI와 provena-cli 모두에서 디코딩하기 전에 거부됩니다.</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>자동 저장 간격(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Largest image:</source>
        <translation>최대 이미지 크기(&amp;L):</translation>
    </message>
    <message>
        <source>Export Bundle starts with:</source>
        <translation>번들 내보내기 기본 선택:</translation>
    </message>
</context>
<context>
    <name>provena::PropertiesDock</name>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Created by %1, %2</source>
        <translation>작성: %1, %2</translation>
    </message>
    <message>
        <source>Modified %1</source>
        <translation>수정: %1</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>연결 해제(&amp;U)</translation>
    </message>
    <message>
        <source>Author and dates</source>
        <translation>작성자 및 날짜</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>레이블(&amp;L):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>Entity name</source>
        <translation>개체 이름</translation>
    </message>
    <message>
        <source>Who or what this shows</source>
        <translation>이 영역에 나타난 사람 또는 사물</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>개체(&amp;E):</translation>
    </message>
    <message>
        <source>Entity identifier</source>
        <translation>개체 식별자</translation>
    </message>
    <message>
        <source>e.g. http://www.wikidata.org/entity/Q…</source>
        <translation>예: http://www.wikidata.org/entity/Q…</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>식별자(&amp;I):</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>지정 안 함</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>신뢰도(&amp;C):</translation>
    </message>
    <message>
        <source>Linked text spans</source>
        <translation>연결된 텍스트 구간</translation>
    </message>
    <message>
        <source>Linked text:</source>
        <translation>연결된 텍스트:</translation>
    </message>
    <message>
        <source>Unlink the selected span</source>
        <translation>선택한 구간의 연결을 해제합니다</translation>
    </message>
    <message>
        <source>No region selected. Select one on the image or in the Regions list.</source>
        <translation>선택한 영역이 없습니다. 이미지나 영역 목록에서 영역을 선택하십시오.</translation>
    </message>
    <message>
        <source>One region selected. It needs review: changes merged from disk conflict with yours; keep one value of each below.</source>
        <translation>영역 하나를 선택했습니다. 검토가 필요합니다. 디스크에서 병합한 변경 사항이 내 변경 사항과 충돌합니다. 아래에서 각 항목마다 값 하나를 유지하십시오.</translation>
    </message>
    <message>
        <source>One region selected. It needs review: its image changed since it was drawn.</source>
        <translation>영역 하나를 선택했습니다. 검토가 필요합니다. 영역을 그린 후 이미지가 변경되었습니다.</translation>
    </message>
    <message>
        <source>One region selected.</source>
        <translation>영역 하나를 선택했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n regions selected; the label applies to all.</source>
        <translation>
            <numerusform>영역 %n개를 선택했습니다. 레이블이 모두에 적용됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Characters %1–%2</source>
        <translation>%1–%2번째 문자</translation>
    </message>
    <message>
        <source>%1 — orphaned</source>
        <translation>%1 — 고립됨</translation>
    </message>
    <message>
        <source>Not found in the article text any more; the last known quote is kept. Unlink it, or link the region to the passage again.</source>
        <translation>기사 텍스트에서 더 이상 찾을 수 없습니다. 마지막으로 알려진 인용문은 유지됩니다. 연결을 해제하거나 영역을 해당 구절에 다시 연결하십시오.</translation>
    </message>
    <message>
        <source>%1 — approximate match (%2 %)</source>
        <translation>%1 — 근사 일치(%2%)</translation>
    </message>
    <message>
        <source>Found again by approximate match at characters %1–%2; check the highlighted passage.</source>
        <translation>%1–%2번째 문자에서 근사 일치로 다시 찾았습니다. 강조 표시된 구절을 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>provena::ProvenanceAssessmentWidget</name>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>%1에 대한 메모</translation>
    </message>
    <message>
        <source>+ Text</source>
        <translation>+ 텍스트</translation>
    </message>
    <message>
        <source>Add the text selected in the article as evidence</source>
        <translation>기사에서 선택한 텍스트를 증거로 추가합니다</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation>아직 판정 없음</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>confidence not stated</source>
        <translation>신뢰도 지정 안 함</translation>
    </message>
    <message>
        <source>Rationale: why this verdict</source>
        <translation>근거: 이렇게 판정한 이유</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdict&lt;/b&gt;</source>
        <translation>&lt;b&gt;판정&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source> · %n evidence</source>
        <translation>
            <numerusform> · 증거 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a verdict first</source>
        <translation>먼저 판정을 선택하십시오</translation>
    </message>
    <message>
        <source>How sure the verdict is</source>
        <translation>판정의 확실한 정도</translation>
    </message>
    <message>
        <source>Select the text in the article that bears on %1 first.</source>
        <translation>먼저 기사에서 %1과(와) 관련된 텍스트를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>provena::ProvenanceClaimDialog</name>
    <message>
        <source>Add Selected &amp;Text</source>
        <translation>선택한 텍스트 추가(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>제거(&amp;M)</translation>
    </message>
    <message>
        <source>Add Provenance Claim</source>
        <translation>출처 주장 추가</translation>
    </message>
    <message>
        <source>Edit Provenance Claim</source>
        <translation>출처 주장 편집</translation>
    </message>
    <message>
        <source>Agency, newspaper or person, e.g. KCNA</source>
        <translation>통신사, 신문사 또는 개인(예: KCNA)</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>알 수 없는 종류</translation>
    </message>
    <message>
        <source>For agents the agency directory does not know</source>
        <translation>통신사 목록에 없는 주체용</translation>
    </message>
    <message>
        <source>2025-08-13, 2025-08-13T10:42:00Z or 2025-08-12/2025-08-13</source>
        <translation>2025-08-13, 2025-08-13T10:42:00Z 또는 2025-08-12/2025-08-13</translation>
    </message>
    <message>
        <source>Where the agent published it</source>
        <translation>주체가 게시한 위치</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>역할(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>주체(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>값(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>증거</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A note or a URL, then Enter</source>
        <translation>메모 또는 URL 입력 후 Enter</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>증거:</translation>
    </message>
    <message>
        <source>Select some text in the article first.</source>
        <translation>먼저 기사에서 텍스트를 선택하십시오.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a URL; write it with its scheme (https://…).</source>
        <translation>“%1”은(는) URL이 아닙니다. 스킴을 포함하여 입력하십시오(https://…).</translation>
    </message>
    <message>
        <source>Name the agent: a %1 claim says who.</source>
        <translation>주체를 입력하십시오. %1 주장은 누구인지를 나타냅니다.</translation>
    </message>
    <message>
        <source>Enter the date: a %1 claim says when.</source>
        <translation>날짜를 입력하십시오. %1 주장은 언제인지를 나타냅니다.</translation>
    </message>
    <message>
        <source>Enter the value: a %1 claim states it.</source>
        <translation>값을 입력하십시오. %1 주장은 그 값을 명시합니다.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date: write 2025-08-13, 2025-08-13T10:42:00Z or a range 2025-08-12/2025-08-13.</source>
        <translation>“%1”은(는) ISO 8601 날짜가 아닙니다. 2025-08-13, 2025-08-13T10:42:00Z 또는 범위 2025-08-12/2025-08-13 형식으로 입력하십시오.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL.</source>
        <translation>“%1”은(는) 올바른 URL이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>provena::ProvenanceClaimModel</name>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Agent or value</source>
        <translation>주체 또는 값</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>기록 일시</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Click to show it in the article text.</source>
        <translation>클릭하면 기사 텍스트에서 표시합니다.</translation>
    </message>
    <message>
        <source>Click to show it in the Metadata dock.</source>
        <translation>클릭하면 메타데이터 패널에서 표시합니다.</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>제안됨</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>수락됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>이의 제기됨</translation>
    </message>
    <message>
        <source>state media</source>
        <translation>국영 매체</translation>
    </message>
    <message>
        <source>wire service</source>
        <translation>뉴스 통신사</translation>
    </message>
    <message>
        <source>photo agency</source>
        <translation>사진 통신사</translation>
    </message>
    <message>
        <source>newspaper</source>
        <translation>신문사</translation>
    </message>
    <message>
        <source>broadcaster</source>
        <translation>방송사</translation>
    </message>
    <message>
        <source>government</source>
        <translation>정부</translation>
    </message>
    <message>
        <source>person</source>
        <translation>개인</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>software</source>
        <translation>소프트웨어</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>메타데이터</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
</context>
<context>
    <name>provena::ProvenanceDock</name>
    <message>
        <source>Provenance</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>수락</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>이의 제기</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>주장</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>관리 연속성</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>주체</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>관리 이력</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Your own agencies in %1 were not read, so only the built-in ones are recognised: %2 Fix or remove the file and reopen the window.</source>
        <translation>%1의 사용자 통신사 목록을 읽지 못해 기본 제공 통신사만 인식됩니다: %2 파일을 수정하거나 제거한 후 창을 다시 여십시오.</translation>
    </message>
    <message>
        <source>Provenance claims</source>
        <translation>출처 주장</translation>
    </message>
    <message>
        <source>Record a claim of your own about this image</source>
        <translation>이 이미지에 대한 주장을 직접 기록합니다</translation>
    </message>
    <message>
        <source>Keep the claim in the record, marked as disputed</source>
        <translation>주장을 기록에 유지하고 이의 제기됨으로 표시합니다</translation>
    </message>
    <message>
        <source>Keep the claim, marked as wrong: it leaves the chain of custody</source>
        <translation>주장을 유지하되 잘못됨으로 표시합니다. 관리 연속성에서 제외됩니다</translation>
    </message>
    <message>
        <source>No image.</source>
        <translation>이미지가 없습니다.</translation>
    </message>
    <message>
        <source>Image %1: %2 — %3</source>
        <translation>이미지 %1: %2 — %3</translation>
    </message>
    <message>
        <source>Image %1: %2 — no verdict yet</source>
        <translation>이미지 %1: %2 — 아직 판정 없음</translation>
    </message>
    <message>
        <source>Claims (%1)</source>
        <translation>주장(%1)</translation>
    </message>
    <message>
        <source>Suggestions (%1)</source>
        <translation>제안(%1)</translation>
    </message>
</context>
<context>
    <name>provena::ProvenanceSuggestionsView</name>
    <message>
        <source>Accept</source>
        <translation>수락</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Provenance suggestions</source>
        <translation>출처 제안</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Agent or value</source>
        <translation>주체 또는 값</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>가져온 곳</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Record the selected suggestion as an accepted claim</source>
        <translation>선택한 제안을 수락된 주장으로 기록합니다</translation>
    </message>
    <message>
        <source>Record that the selected suggestion is wrong; it is not proposed again</source>
        <translation>선택한 제안이 잘못되었다고 기록합니다. 다시 제안되지 않습니다</translation>
    </message>
    <message>
        <source>No image.</source>
        <translation>이미지가 없습니다.</translation>
    </message>
    <message>
        <source>From the article only: the image is not a local file, so its metadata cannot be read.</source>
        <translation>기사에서만 가져옴: 이미지가 로컬 파일이 아니므로 메타데이터를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>From the article and the metadata of %1.</source>
        <translation>기사와 %1의 메타데이터에서 가져옴.</translation>
    </message>
    <message>
        <source>Reading the metadata of %1…</source>
        <translation>%1의 메타데이터 읽는 중…</translation>
    </message>
    <message>
        <source>From the article only: %1</source>
        <translation>기사에서만 가져옴: %1</translation>
    </message>
    <message>
        <source>Conflicts with another suggestion or a recorded claim.</source>
        <translation>다른 제안 또는 기록된 주장과 충돌합니다.</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>충돌: %1</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Accept All %1</source>
        <translation>%1 가져온 제안 모두 수락</translation>
    </message>
    <message>
        <source>Accept All from One Source</source>
        <translation>같은 곳에서 가져온 제안 모두 수락</translation>
    </message>
    <message>
        <source>Reject All %1</source>
        <translation>%1 가져온 제안 모두 거부</translation>
    </message>
    <message>
        <source>Reject All from One Source</source>
        <translation>같은 곳에서 가져온 제안 모두 거부</translation>
    </message>
    <message>
        <source>from the caption</source>
        <translation>캡션에서</translation>
    </message>
    <message>
        <source>from the credit</source>
        <translation>크레딧에서</translation>
    </message>
    <message>
        <source>from the releaser phrase</source>
        <translation>배포처 문구에서</translation>
    </message>
    <message>
        <source>from the byline</source>
        <translation>바이라인에서</translation>
    </message>
    <message>
        <source>from the publishing site</source>
        <translation>게시 사이트에서</translation>
    </message>
    <message>
        <source>from the image&apos;s metadata</source>
        <translation>이미지 메타데이터에서</translation>
    </message>
    <message>
        <source>from other versions of the photo</source>
        <translation>사진의 다른 버전에서</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1에서</translation>
    </message>
</context>
<context>
    <name>provena::RecoveryManager</name>
    <message>
        <source>The recovery file for “%1”</source>
        <translation>“%1”의 복구 파일</translation>
    </message>
    <message>
        <source>Could not create the recovery folder.</source>
        <translation>복구 폴더를 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>provena::RegionActionHandler</name>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Mark Region(s) &amp;Reviewed</source>
        <translation>영역을 검토됨으로 표시(&amp;R)</translation>
    </message>
    <message>
        <source>The region still matches its changed image: clear “needs review”.</source>
        <translation>영역이 변경된 이미지와 여전히 일치합니다. “검토 필요”를 해제합니다.</translation>
    </message>
    <message>
        <source>Select &amp;All Regions</source>
        <translation>모든 영역 선택(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Link Selected Text to Region</source>
        <translation>선택한 텍스트를 영역에 연결(&amp;L)</translation>
    </message>
    <message>
        <source>Select one region on the image and some text in the article, then link.</source>
        <translation>이미지에서 영역 하나와 기사에서 텍스트를 선택한 후 연결하십시오.</translation>
    </message>
    <message>
        <source>The selection holds no words to link.</source>
        <translation>선택 영역에 연결할 단어가 없습니다.</translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation>연결했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n region(s).</source>
        <translation>
            <numerusform>영역 %n개를 복사했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no regions to paste.</source>
        <translation>클립보드에 붙여넣을 영역이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n region(s) reviewed.</source>
        <translation>
            <numerusform>영역 %n개를 검토됨으로 표시했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>provena::RegionListModel</name>
    <message numerus="yes">
        <source>Merged changes from disk conflict with yours on %n field(s). Choose “Keep mine” or “Take theirs” in Properties.</source>
        <translation>
            <numerusform>디스크에서 병합한 변경 사항이 필드 %n개에서 내 변경 사항과 충돌합니다. 속성에서 “내 버전 유지” 또는 “상대 버전 사용”을 선택하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>The image changed since this region was drawn. Check it, then use Edit › Mark Region(s) Reviewed.</source>
        <translation>이 영역을 그린 후 이미지가 변경되었습니다. 확인한 후 편집 › 영역을 검토됨으로 표시를 사용하십시오.</translation>
    </message>
    <message>
        <source>Image %1 — %2</source>
        <translation>이미지 %1 — %2</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>검토 필요</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>사각형</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>타원</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>다각형</translation>
    </message>
    <message>
        <source>Polyline</source>
        <translation>폴리라인</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>점</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>도형</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>연결</translation>
    </message>
</context>
<context>
    <name>provena::RegionsDock</name>
    <message>
        <source>Regions</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Needs re&amp;view</source>
        <translation>검토 필요(&amp;V)</translation>
    </message>
    <message>
        <source>Filter regions…</source>
        <translation>영역 필터…</translation>
    </message>
    <message>
        <source>Filter regions</source>
        <translation>영역 필터</translation>
    </message>
    <message>
        <source>List only regions whose image changed since they were drawn</source>
        <translation>영역을 그린 후 이미지가 변경된 영역만 나열합니다</translation>
    </message>
    <message>
        <source>Only regions that need review</source>
        <translation>검토가 필요한 영역만</translation>
    </message>
    <message>
        <source>Region list</source>
        <translation>영역 목록</translation>
    </message>
</context>
<context>
    <name>provena::SelectTool</name>
    <message>
        <source>Select</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Insert Vertex</source>
        <translation>꼭짓점 삽입</translation>
    </message>
    <message>
        <source>Delete Vertex</source>
        <translation>꼭짓점 삭제</translation>
    </message>
    <message>
        <source>Move Vertex</source>
        <translation>꼭짓점 이동</translation>
    </message>
    <message>
        <source>Resize Region</source>
        <translation>영역 크기 조정</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Region(s)</source>
        <translation>
            <numerusform>영역 %n개 이동</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n Region(s)</source>
        <translation>
            <numerusform>영역 %n개 미세 이동</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Drag</source>
        <translation>끌기 취소</translation>
    </message>
</context>
<context>
    <name>provena::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation>단축키 목록</translation>
    </message>
</context>
<context>
    <name>provena::ToolManager</name>
    <message>
        <source>Canvas: zoom in / out</source>
        <translation>캔버스: 확대/축소</translation>
    </message>
    <message>
        <source>Canvas: zoom to fit</source>
        <translation>캔버스: 창에 맞추기</translation>
    </message>
    <message>
        <source>Canvas: actual pixels</source>
        <translation>캔버스: 실제 픽셀</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>휠</translation>
    </message>
    <message>
        <source>Canvas: zoom around the cursor</source>
        <translation>캔버스: 커서 중심으로 확대/축소</translation>
    </message>
    <message>
        <source>Space+drag, middle drag</source>
        <translation>Space+끌기, 가운데 버튼 끌기</translation>
    </message>
    <message>
        <source>Canvas: pan</source>
        <translation>캔버스: 이동</translation>
    </message>
    <message>
        <source>Arrows / Shift+Arrows</source>
        <translation>화살표 / Shift+화살표</translation>
    </message>
    <message>
        <source>Canvas: nudge selection 1 px / 10 px</source>
        <translation>캔버스: 선택 항목을 1px / 10px 미세 이동</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter, 두 번 클릭</translation>
    </message>
    <message>
        <source>Polygon: finish</source>
        <translation>다각형: 완료</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Polygon: remove last vertex</source>
        <translation>다각형: 마지막 꼭짓점 제거</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel drawing or dragging; clear selection</source>
        <translation>그리기 또는 끌기 취소, 선택 해제</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Shift+끌기</translation>
    </message>
    <message>
        <source>Square / keep aspect ratio</source>
        <translation>정사각형 / 가로세로 비율 유지</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Ctrl+클릭</translation>
    </message>
    <message>
        <source>Toggle selection; on a polygon edge: insert vertex</source>
        <translation>선택 전환, 다각형 모서리에서는 꼭짓점 삽입</translation>
    </message>
    <message>
        <source>Alt+click on vertex</source>
        <translation>꼭짓점에서 Alt+클릭</translation>
    </message>
    <message>
        <source>Delete vertex</source>
        <translation>꼭짓점 삭제</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>사용자 이름(&amp;N)…</translation>
    </message>
    <message>
        <source>The name new regions carry as their author</source>
        <translation>새 영역에 작성자로 기록되는 이름</translation>
    </message>
    <message>
        <source>&amp;Ask for Label After Drawing</source>
        <translation>그린 후 레이블 묻기(&amp;A)</translation>
    </message>
    <message>
        <source>After drawing a region, choose its label in a popup</source>
        <translation>영역을 그린 후 팝업에서 레이블을 선택합니다</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Regions you draw carry this name as their author. Leave it empty to use your account name (%1).</source>
        <translation>그린 영역에는 이 이름이 작성자로 기록됩니다. 계정 이름(%1)을 사용하려면 비워 두십시오.</translation>
    </message>
    <message>
        <source>New regions are by %1.</source>
        <translation>새 영역의 작성자는 %1입니다.</translation>
    </message>
    <message>
        <source>Region added. Ctrl+Z undoes it.</source>
        <translation>영역을 추가했습니다. Ctrl+Z로 실행 취소할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>provena::UserGuideWindow</name>
    <message>
        <source>Provena User Guide</source>
        <translation>Provena 사용자 안내서</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>사용자 안내서</translation>
    </message>
</context>
<context>
    <name>provena::VersionsActionHandler</name>
    <message>
        <source>Find Other Versions in Folder</source>
        <translation>폴더에서 다른 버전 찾기</translation>
    </message>
    <message>
        <source>Compare with Another &amp;Version…</source>
        <translation>다른 버전과 비교(&amp;V)…</translation>
    </message>
    <message>
        <source>Find Other Versions…</source>
        <translation>다른 버전 찾기…</translation>
    </message>
    <message>
        <source>Compare with Another Version</source>
        <translation>다른 버전과 비교</translation>
    </message>
    <message>
        <source>The current image has no local file to compare.</source>
        <translation>현재 이미지에는 비교할 로컬 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Looking for other versions of %1 in %2…</source>
        <translation>%2에서 %1의 다른 버전을 찾는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Find Other Versions</source>
        <translation>다른 버전 찾기</translation>
    </message>
    <message numerus="yes">
        <source>%n other version(s) of %1 under %2:</source>
        <translation>
            <numerusform>%2 아래에서 찾은 %1의 다른 버전 %n개:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2; x %3, y %4, %5 × %6; scale %7</source>
        <translation>%1 — %2; x %3, y %4, %5 × %6; 배율 %7</translation>
    </message>
    <message>
        <source>    in %1, image %2: %3 [%4]</source>
        <translation>    %1, 이미지 %2: %3 [%4]</translation>
    </message>
    <message>
        <source>Other Versions of %1</source>
        <translation>%1의 다른 버전</translation>
    </message>
    <message>
        <source>&amp;Offer as Provenance Suggestions</source>
        <translation>출처 제안으로 제공(&amp;O)</translation>
    </message>
    <message>
        <source>No other article shows a version of this photo.</source>
        <translation>이 사진의 버전을 보여 주는 다른 기사가 없습니다.</translation>
    </message>
    <message>
        <source>Offer who else published this photo as republisher suggestions in the Provenance dock.</source>
        <translation>이 사진을 게시한 다른 곳을 출처 패널에서 재게시처 제안으로 제공합니다.</translation>
    </message>
</context>
<context>
    <name>provena::XmpImportBar</name>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>닫기(&amp;M)</translation>
    </message>
    <message>
        <source>Regions in the image&apos;s XMP metadata</source>
        <translation>이미지 XMP 메타데이터의 영역</translation>
    </message>
    <message>
        <source>Import the regions from the image&apos;s XMP metadata</source>
        <translation>이미지의 XMP 메타데이터에서 영역을 가져옵니다</translation>
    </message>
    <message>
        <source>Hide this offer for this image</source>
        <translation>이 이미지에 대해 이 제안을 숨깁니다</translation>
    </message>
    <message numerus="yes">
        <source>This image&apos;s XMP metadata holds %n region(s) that are not in the article yet (e.g. faces tagged in digiKam), in %1.</source>
        <translation>
            <numerusform>이 이미지의 XMP 메타데이터(%1)에 아직 기사에 없는 영역 %n개가 있습니다(예: digiKam에서 태그한 얼굴).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n region(s); Edit › Undo takes them out again.</source>
        <translation>
            <numerusform>영역 %n개를 가져왔습니다. 편집 › 실행 취소로 다시 제거할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels this article does not have, left without a label: %1.</source>
        <translation>이 기사에 없는 레이블로, 레이블 없이 남겨진 항목: %1.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(외 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>가져오지 않음: %1</translation>
    </message>
</context>
</TS>
