<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AgenciesCommand</name>
    <message>
        <source>(yours)</source>
        <translation>(ваше)</translation>
    </message>
    <message>
        <source>List the agencies provenance suggestions know by name, or add and remove your own.

  agencies list [--json]
  agencies add ID --name [LANG=]NAME… [--abbr [LANG=]ABBR]… [--kind KIND]
               [--country CC] [--host HOST]… [--iri IRI]
  agencies remove ID

Names and abbreviations are English unless prefixed with a language code (&quot;ko=연합뉴스&quot;). KIND is state-media, wire-service, photo-agency, newspaper, broadcaster, government, person, organisation or unknown. Adding a built-in ID replaces that entry for you. Your agencies are stored in %1 and used by the GUI and provena-cli alike (format in docs/provenance.md).</source>
        <translation>Вывести список агентств, которые предложения о происхождении распознают по названию, либо добавить или удалить собственные.

  agencies list [--json]
  agencies add ID --name [LANG=]NAME… [--abbr [LANG=]ABBR]… [--kind KIND]
               [--country CC] [--host HOST]… [--iri IRI]
  agencies remove ID

Названия и сокращения считаются английскими, если перед ними не указан код языка («ko=연합뉴스»). KIND: state-media, wire-service, photo-agency, newspaper, broadcaster, government, person, organisation или unknown. Добавление агентства со встроенным ID заменяет для вас эту запись. Ваши агентства хранятся в %1 и используются как графическим интерфейсом, так и provena-cli (формат описан в docs/provenance.md).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Print JSON (list).</source>
        <translation>Вывести JSON (list).</translation>
    </message>
    <message>
        <source>A name, [LANG=]NAME; repeat for other languages (add).</source>
        <translation>Название в виде [LANG=]NAME; повторите для других языков (add).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>An abbreviation, [LANG=]ABBR; repeatable (add).</source>
        <translation>Сокращение в виде [LANG=]ABBR; можно повторять (add).</translation>
    </message>
    <message>
        <source>ABBR</source>
        <translation>ABBR</translation>
    </message>
    <message>
        <source>What kind of agent it is (add).</source>
        <translation>Тип агента (add).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 country code, e.g. KP (add).</source>
        <translation>Код страны ISO 3166-1 alpha-2, например KP (add).</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>A web host it publishes on; repeatable (add).</source>
        <translation>Веб-хост, на котором оно публикуется; можно повторять (add).</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>An identifier IRI you have checked (add).</source>
        <translation>Проверенный вами идентификатор IRI (add).</translation>
    </message>
    <message>
        <source>IRI</source>
        <translation>IRI</translation>
    </message>
    <message>
        <source>list, add or remove</source>
        <translation>list, add или remove</translation>
    </message>
    <message>
        <source>agency id (add, remove)</source>
        <translation>идентификатор агентства (add, remove)</translation>
    </message>
    <message>
        <source>[ID]</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <source>list takes no further arguments</source>
        <translation>list не принимает дополнительных аргументов</translation>
    </message>
    <message>
        <source>unknown action “%1”</source>
        <translation>неизвестное действие «%1»</translation>
    </message>
    <message>
        <source>%1 needs exactly one agency ID</source>
        <translation>для %1 требуется ровно один идентификатор агентства</translation>
    </message>
    <message>
        <source>agency ID “%1” must be 1–64 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>идентификатор агентства «%1» должен состоять из 1–64 строчных латинских букв, цифр, &apos;-&apos; или &apos;_&apos;</translation>
    </message>
    <message>
        <source>add needs --name</source>
        <translation>для add требуется --name</translation>
    </message>
    <message>
        <source>--name “%1” has no name</source>
        <translation>в --name «%1» нет названия</translation>
    </message>
    <message>
        <source>--abbr “%1” has no abbreviation</source>
        <translation>в --abbr «%1» нет сокращения</translation>
    </message>
    <message>
        <source>“%1” is not a kind; use state-media, wire-service, photo-agency, newspaper, broadcaster, government, person, organisation or unknown</source>
        <translation>«%1» не является типом; используйте state-media, wire-service, photo-agency, newspaper, broadcaster, government, person, organisation или unknown</translation>
    </message>
    <message>
        <source>“%1” is not one of your agencies</source>
        <translation>«%1» нет среди ваших агентств</translation>
    </message>
</context>
<context>
    <name>AgencyDirectory</name>
    <message>
        <source>The agencies file</source>
        <translation>Файл агентств</translation>
    </message>
    <message>
        <source>The agencies file is not valid at %1: %2.</source>
        <translation>Ошибка в файле агентств в позиции %1: %2.</translation>
    </message>
    <message>
        <source>The agencies file has no &quot;agencies&quot; array; see docs/provenance.md for the format.</source>
        <translation>В файле агентств нет массива &quot;agencies&quot;; формат описан в docs/provenance.md.</translation>
    </message>
    <message>
        <source>An agency at %1 is not an object.</source>
        <translation>Агентство в позиции %1 не является объектом.</translation>
    </message>
    <message>
        <source>The agency at %1 has no valid id (lower-case letters, digits, &quot;-&quot; and &quot;_&quot;, like &quot;kcna&quot;).</source>
        <translation>У агентства в позиции %1 нет допустимого id (строчные латинские буквы, цифры, &quot;-&quot; и &quot;_&quot;, например &quot;kcna&quot;).</translation>
    </message>
    <message>
        <source>The agency id &quot;%1&quot; occurs twice; keep one of them.</source>
        <translation>Идентификатор агентства &quot;%1&quot; встречается дважды; оставьте только один.</translation>
    </message>
    <message>
        <source>The name at %1 must be a non-empty string under a language code such as &quot;en&quot;.</source>
        <translation>Название в позиции %1 должно быть непустой строкой под кодом языка, например &quot;en&quot;.</translation>
    </message>
    <message>
        <source>The agency &quot;%1&quot; at %2 has no names; give at least &quot;names&quot;: {&quot;en&quot;: …}.</source>
        <translation>У агентства &quot;%1&quot; в позиции %2 нет названий; укажите хотя бы &quot;names&quot;: {&quot;en&quot;: …}.</translation>
    </message>
    <message>
        <source>The abbreviations at %1 must be an object of lists by language.</source>
        <translation>Сокращения в позиции %1 должны быть объектом со списками по языкам.</translation>
    </message>
    <message>
        <source>The abbreviations at %1 must be a list under a language code.</source>
        <translation>Сокращения в позиции %1 должны быть списком под кодом языка.</translation>
    </message>
    <message>
        <source>The abbreviation at %1[%2] must be a non-empty string.</source>
        <translation>Сокращение в позиции %1[%2] должно быть непустой строкой.</translation>
    </message>
    <message>
        <source>The kind &quot;%1&quot; at %2 is not one Provena knows; use state-media, wire-service, photo-agency, newspaper, broadcaster, government, person, organisation or unknown.</source>
        <translation>Тип &quot;%1&quot; в позиции %2 неизвестен Provena; используйте state-media, wire-service, photo-agency, newspaper, broadcaster, government, person, organisation или unknown.</translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; at %2 is not an ISO 3166-1 alpha-2 code such as &quot;KP&quot;.</source>
        <translation>Страна &quot;%1&quot; в позиции %2 не является кодом ISO 3166-1 alpha-2, например &quot;KP&quot;.</translation>
    </message>
    <message>
        <source>The host at %1 must be a plain host name such as &quot;kcna.kp&quot;.</source>
        <translation>Хост в позиции %1 должен быть простым именем хоста, например &quot;kcna.kp&quot;.</translation>
    </message>
</context>
<context>
    <name>AnnotationImport</name>
    <message>
        <source>The %1 file</source>
        <translation>Файл %1</translation>
    </message>
    <message>
        <source>The %1 file is not valid JSON: %2. Check that it is the file the tool saved, complete.</source>
        <translation>Файл %1 не является допустимым JSON: %2. Убедитесь, что это полный файл, сохранённый инструментом.</translation>
    </message>
    <message>
        <source>byte offset %1</source>
        <translation>смещение в байтах: %1</translation>
    </message>
    <message>
        <source>The %1 file is not valid at %2: %3</source>
        <translation>Ошибка в файле %1 в позиции %2: %3</translation>
    </message>
    <message>
        <source>The %1 file is not valid JSON: %2.</source>
        <translation>Файл %1 не является допустимым JSON: %2.</translation>
    </message>
    <message>
        <source>This is not a %1 file: its top level is not a JSON object.</source>
        <translation>Это не файл %1: его верхний уровень не является объектом JSON.</translation>
    </message>
    <message>
        <source>%1 is not a list of points</source>
        <translation>%1 не является списком точек</translation>
    </message>
    <message>
        <source>%1[%2] is not a pair of numbers [x, y]</source>
        <translation>%1[%2] не является парой чисел [x, y]</translation>
    </message>
    <message>
        <source>%1 gives the image size as %2, the size of “%3” as stored, before its EXIF orientation %4 turns it to %5 for display: the shapes were drawn on the unturned image and have been turned with it.</source>
        <translation>%1 указывает размер изображения %2 — размер «%3» в сохранённом виде, до того как EXIF-ориентация %4 поворачивает его до %5 для отображения: фигуры были нарисованы на неповёрнутом изображении и повёрнуты вместе с ним.</translation>
    </message>
    <message>
        <source>%1 gives the image size as %2, but “%3” is %4 as displayed: the file may belong to another version of the image; shapes outside the image are refused.</source>
        <translation>%1 указывает размер изображения %2, но при отображении «%3» имеет размер %4: возможно, файл относится к другой версии изображения; фигуры за пределами изображения отклоняются.</translation>
    </message>
    <message>
        <source>%1 names the image “%2”, not “%3”: check that the file belongs to this image.</source>
        <translation>%1 называет изображение «%2», а не «%3»: убедитесь, что файл относится к этому изображению.</translation>
    </message>
</context>
<context>
    <name>ArticleCopy</name>
    <message>
        <source>The file to copy</source>
        <translation>Копируемый файл</translation>
    </message>
    <message>
        <source>Provena does not save through a symbolic link. Choose another name or folder.</source>
        <translation>Provena не сохраняет файлы через символические ссылки. Выберите другое имя или папку.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Папка не существует.</translation>
    </message>
    <message>
        <source>That is the article&apos;s own file: use File › Save to save it in place.</source>
        <translation>Это собственный файл статьи: чтобы сохранить его на месте, используйте Файл › Сохранить.</translation>
    </message>
    <message>
        <source>The article changed on disk since it was opened. Reload it, then save it under the new name.</source>
        <translation>Статья изменилась на диске после открытия. Перезагрузите её, а затем сохраните под новым именем.</translation>
    </message>
    <message>
        <source>Could not create the folder for the article&apos;s images.</source>
        <translation>Не удалось создать папку для изображений статьи.</translation>
    </message>
</context>
<context>
    <name>ArticleParser</name>
    <message>
        <source>HTML nested deeper than %1 levels at line %2: images and captions inside it are not read</source>
        <translation>Глубина вложенности HTML превышает %1 уровней в строке %2: изображения и подписи внутри не считываются</translation>
    </message>
    <message>
        <source>HTML at line %1 has %2 tags, more than the %3 Provena parses in one piece: images and captions inside it are not read</source>
        <translation>HTML в строке %1 содержит %2 тегов — больше, чем %3, которые Provena обрабатывает за один раз: изображения и подписи внутри не считываются</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation>байт %1: %2</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>не текстовый файл</translation>
    </message>
    <message>
        <source>odd number of bytes in UTF-16 text</source>
        <translation>нечётное число байтов в тексте UTF-16</translation>
    </message>
    <message>
        <source>NUL character at byte %1</source>
        <translation>символ NUL в байте %1</translation>
    </message>
    <message>
        <source>unpaired UTF-16 surrogate</source>
        <translation>непарный суррогат UTF-16</translation>
    </message>
    <message>
        <source>cannot decode %1 text</source>
        <translation>не удаётся декодировать текст в кодировке %1</translation>
    </message>
    <message>
        <source>invalid %1 sequence</source>
        <translation>недопустимая последовательность %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>файл больше %1 МиБ</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>UTF-32 text is not supported</source>
        <translation>текст в UTF-32 не поддерживается</translation>
    </message>
    <message>
        <source>convert the file to UTF-8</source>
        <translation>преобразуйте файл в UTF-8</translation>
    </message>
    <message>
        <source>NUL byte at byte %1</source>
        <translation>нулевой байт (NUL) в позиции %1</translation>
    </message>
    <message>
        <source>too many control characters</source>
        <translation>слишком много управляющих символов</translation>
    </message>
    <message>
        <source>invalid UTF-8 sequence</source>
        <translation>недопустимая последовательность UTF-8</translation>
    </message>
    <message>
        <source>; looks like %1, which is not read</source>
        <translation>; похоже на %1 — этот формат не считывается</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>нет такого файла</translation>
    </message>
    <message>
        <source>The article</source>
        <translation>Статья</translation>
    </message>
</context>
<context>
    <name>BagVerifier</name>
    <message>
        <source>no file path after the checksum</source>
        <translation>после контрольной суммы нет пути к файлу</translation>
    </message>
    <message>
        <source>“%1” is not a %2 checksum</source>
        <translation>«%1» не является контрольной суммой %2</translation>
    </message>
    <message>
        <source>the path “%1” leaves the bag</source>
        <translation>путь «%1» выходит за пределы пакета</translation>
    </message>
    <message>
        <source>the path “%1” is not under data/</source>
        <translation>путь «%1» находится вне data/</translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation>«%1» указан дважды</translation>
    </message>
    <message>
        <source>Line %1 of %2 is malformed: %3.</source>
        <translation>Строка %1 файла %2 имеет неверный формат: %3.</translation>
    </message>
    <message>
        <source>The bag has no bagit.txt, so it is not a BagIt bag.</source>
        <translation>В пакете нет bagit.txt, поэтому это не пакет BagIt.</translation>
    </message>
    <message>
        <source>bagit.txt must give “BagIt-Version: M.N” and “Tag-File-Character-Encoding”.</source>
        <translation>bagit.txt должен содержать «BagIt-Version: M.N» и «Tag-File-Character-Encoding».</translation>
    </message>
    <message>
        <source>%1 uses the checksum algorithm “%2”, which Provena does not know.</source>
        <translation>%1 использует алгоритм контрольной суммы «%2», неизвестный Provena.</translation>
    </message>
    <message>
        <source>The bag has no payload manifest (manifest-sha256.txt or another manifest-ALGORITHM.txt).</source>
        <translation>В пакете нет манифеста полезных данных (manifest-sha256.txt или другого manifest-ALGORITHM.txt).</translation>
    </message>
    <message>
        <source>“%1”, listed in %2, is not in the bag.</source>
        <translation>«%1», указанный в %2, отсутствует в пакете.</translation>
    </message>
    <message>
        <source>The %1 checksum of “%2” does not match %3: the file was changed or damaged.</source>
        <translation>Контрольная сумма %1 файла «%2» не совпадает с %3: файл был изменён или повреждён.</translation>
    </message>
    <message>
        <source>“%1” is in the bag&apos;s payload but not listed in %2.</source>
        <translation>«%1» есть в полезных данных пакета, но не указан в %2.</translation>
    </message>
    <message>
        <source>Payload-Oxum “%1” in bag-info.txt is not OCTETS.FILES.</source>
        <translation>Значение Payload-Oxum «%1» в bag-info.txt не соответствует формату OCTETS.FILES.</translation>
    </message>
    <message>
        <source>Payload-Oxum in bag-info.txt says %1 bytes in %2 files; the payload has %3 bytes in %4 files.</source>
        <translation>Payload-Oxum в bag-info.txt указывает байт: %1, файлов: %2; в полезных данных байт: %3, файлов: %4.</translation>
    </message>
    <message>
        <source>The tag file “%1” is larger than %2 MiB or unreadable; it was not read, so what it says was not checked.</source>
        <translation>Файл тегов «%1» больше %2 МиБ или не читается; он не был прочитан, поэтому его содержимое не проверялось.</translation>
    </message>
    <message>
        <source>“%1” could not be read as a zip file.</source>
        <translation>Не удалось прочитать «%1» как zip-файл.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>«%1» повреждён: %2</translation>
    </message>
    <message>
        <source>The entry “%1” would not be extracted: %2.</source>
        <translation>Элемент «%1» не подлежит извлечению: %2.</translation>
    </message>
    <message>
        <source>“%1” lies outside the bag&apos;s folder: a bundle holds exactly one top-level folder.</source>
        <translation>«%1» находится вне папки пакета: пакет содержит ровно одну папку верхнего уровня.</translation>
    </message>
    <message>
        <source>The entry “%1” could not be read: %2</source>
        <translation>Не удалось прочитать элемент «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” holds no folder; a bundle holds exactly one top-level folder.</source>
        <translation>«%1» не содержит папки; пакет должен содержать ровно одну папку верхнего уровня.</translation>
    </message>
    <message>
        <source>“%1” holds %2 top-level folders (%3); a bundle holds exactly one.</source>
        <translation>«%1» содержит несколько папок верхнего уровня (%2: %3); пакет должен содержать ровно одну.</translation>
    </message>
    <message>
        <source>“%1” is not a folder, so it cannot be a bag.</source>
        <translation>«%1» не является папкой, поэтому не может быть пакетом.</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link (to “%2”); a bag holds only files and folders.</source>
        <translation>«%1» — символическая ссылка (на «%2»); пакет может содержать только файлы и папки.</translation>
    </message>
    <message>
        <source>“%1” is %2; a bag holds only files and folders.</source>
        <translation>«%1» — это %2; пакет может содержать только файлы и папки.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>Не удалось прочитать «%1»: %2</translation>
    </message>
</context>
<context>
    <name>BagWriter</name>
    <message>
        <source>the path is empty</source>
        <translation>путь пуст</translation>
    </message>
    <message>
        <source>the path must be relative and &apos;/&apos;-separated</source>
        <translation>путь должен быть относительным, с разделителем &apos;/&apos;</translation>
    </message>
    <message>
        <source>the path contains “%”, a line break or a control character</source>
        <translation>путь содержит «%», разрыв строки или управляющий символ</translation>
    </message>
    <message>
        <source>the path has an empty, “.” or “..” component</source>
        <translation>путь содержит пустой компонент, «.» или «..»</translation>
    </message>
    <message>
        <source>Could not write “%1”: “%2” cannot name the bag&apos;s folder. Choose a file name without “/”, “%” or control characters.</source>
        <translation>Не удалось записать «%1»: «%2» не может быть именем папки пакета. Выберите имя файла без «/», «%» и управляющих символов.</translation>
    </message>
    <message>
        <source>Could not write “%1”: the bagging date is not a valid date.</source>
        <translation>Не удалось записать «%1»: дата упаковки недопустима.</translation>
    </message>
    <message>
        <source>Could not write “%1”: “%2” cannot be a bag-info.txt label.</source>
        <translation>Не удалось записать «%1»: «%2» не может быть именем поля в bag-info.txt.</translation>
    </message>
    <message>
        <source>Could not write “%1”: the payload file “%2” cannot be in a bag: %3.</source>
        <translation>Не удалось записать «%1»: файл полезных данных «%2» не может находиться в пакете: %3.</translation>
    </message>
    <message>
        <source>Could not write “%1”: the payload file “%2” is listed twice (or differs from another only by case).</source>
        <translation>Не удалось записать «%1»: файл полезных данных «%2» указан дважды (или отличается от другого только регистром).</translation>
    </message>
    <message>
        <source>The export to “%1” was cancelled; nothing was written.</source>
        <translation>Экспорт в «%1» отменён; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <source>The export to “%1” was cancelled; nothing was written.</source>
        <translation>Экспорт в «%1» отменён; ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>Provena bundle of %n article(s): %1</source>
        <translation>
            <numerusform>Пакет Provena из %n статьи: %1</numerusform>
            <numerusform>Пакет Provena из %n статей: %1</numerusform>
            <numerusform>Пакет Provena из %n статей: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles to export to “%1”.</source>
        <translation>Нет статей для экспорта в «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a usable bundle name: the zip&apos;s name (without .zip) names the folder inside it.</source>
        <translation>«%1» не подходит в качестве имени пакета: имя zip-архива (без .zip) задаёт имя папки внутри него.</translation>
    </message>
    <message>
        <source>The bundle “%1” would overwrite the article it exports.</source>
        <translation>Пакет «%1» перезаписал бы экспортируемую статью.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder to prepare the bundle “%1”.</source>
        <translation>Не удалось создать временную папку для подготовки пакета «%1».</translation>
    </message>
    <message>
        <source>Could not write the staged file “%1”.</source>
        <translation>Не удалось записать подготовленный файл «%1».</translation>
    </message>
    <message>
        <source>Could not encode the %1 view of “%2” as PNG.</source>
        <translation>Не удалось закодировать представление «%1» изображения «%2» в PNG.</translation>
    </message>
    <message>
        <source>Could not create the staging folder for “%1”.</source>
        <translation>Не удалось создать папку подготовки для «%1».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>image %1 (%2) is not in the bundle: %3</source>
        <translation>изображение %1 (%2) не включено в пакет: %3</translation>
    </message>
    <message>
        <source>image %1 (%2) has no local file (not fetched yet?); it is not in the bundle, only its annotations are</source>
        <translation>у изображения %1 (%2) нет локального файла (ещё не загружено?); оно не включено в пакет, включены только его аннотации</translation>
    </message>
    <message>
        <source>image %1 (%2) lies outside the article&apos;s folder; it is in the bundle as “%3”</source>
        <translation>изображение %1 (%2) находится вне папки статьи; в пакете оно сохранено как «%3»</translation>
    </message>
    <message>
        <source>image %1 (%2) changed since its regions were drawn; they are marked for review</source>
        <translation>изображение %1 (%2) изменилось после того, как на нём были нарисованы области; они помечены как требующие проверки</translation>
    </message>
    <message>
        <source>The XMP sidecar</source>
        <translation>Файл-компаньон XMP</translation>
    </message>
    <message>
        <source>image %1: %2; its XMP sidecar in the bundle holds only what Provena knows</source>
        <translation>изображение %1: %2; его файл-компаньон XMP в пакете содержит только сведения, известные Provena</translation>
    </message>
    <message>
        <source>image %1: %2</source>
        <translation>изображение %1: %2</translation>
    </message>
    <message>
        <source>image %1: no XMP sidecar: %2</source>
        <translation>изображение %1: нет файла-компаньона XMP: %2</translation>
    </message>
    <message>
        <source>image %1 (%2): no rendering: %3</source>
        <translation>изображение %1 (%2): нет визуализации: %3</translation>
    </message>
    <message>
        <source>image %1, region %2: no crop: %3</source>
        <translation>изображение %1, область %2: нет кадрированного фрагмента: %3</translation>
    </message>
    <message>
        <source>image %1 (%2): no forensic views: %3</source>
        <translation>изображение %1 (%2): нет криминалистических представлений: %3</translation>
    </message>
    <message>
        <source>coco.json: %1</source>
        <translation>coco.json: %1</translation>
    </message>
    <message>
        <source>no PDF report: %1</source>
        <translation>нет отчёта PDF: %1</translation>
    </message>
    <message>
        <source>The sidecar of “%1” cannot be read, so its annotations cannot go into the bundle: %2</source>
        <translation>Не удаётся прочитать файл-компаньон для «%1», поэтому его аннотации не могут попасть в пакет: %2</translation>
    </message>
    <message>
        <source>the text “%1” a link was anchored to is no longer in the article; the link stays in the sidecar, orphaned</source>
        <translation>текст «%1», к которому была привязана связь, больше не содержится в статье; связь остаётся в файле-компаньоне как потерянная</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), bundled on %1.</source>
        <translation>
            <numerusform>%n статья; дата упаковки: %1.</numerusform>
            <numerusform>%n статьи; дата упаковки: %1.</numerusform>
            <numerusform>%n статей; дата упаковки: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleImporter</name>
    <message>
        <source>Opening “%1” was cancelled; nothing was kept.</source>
        <translation>Открытие «%1» отменено; ничего не сохранено.</translation>
    </message>
    <message numerus="yes">
        <source>The bundle “%1” was not opened: %n problem(s) found when checking it; nothing was kept.</source>
        <translation>
            <numerusform>Пакет «%1» не открыт: при проверке найдена %n проблема; ничего не сохранено.</numerusform>
            <numerusform>Пакет «%1» не открыт: при проверке найдены %n проблемы; ничего не сохранено.</numerusform>
            <numerusform>Пакет «%1» не открыт: при проверке найдено %n проблем; ничего не сохранено.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle “%1” holds no article with a Provena sidecar; nothing was kept.</source>
        <translation>Пакет «%1» не содержит ни одной статьи с файлом-компаньоном Provena; ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>BundleVerifier</name>
    <message>
        <source>“%1” is not the text its sidecar “%2” was written for (its SHA-256 differs from the one recorded).</source>
        <translation>«%1» — не тот текст, для которого был записан его файл-компаньон «%2» (его SHA-256 отличается от записанного).</translation>
    </message>
    <message>
        <source>%1: the text “%2” a link was anchored to (at %3–%4) is not in the article.</source>
        <translation>%1: текст «%2», к которому была привязана связь (в позиции %3–%4), отсутствует в статье.</translation>
    </message>
    <message>
        <source>%1: image %2 (%3) is not the one its regions were drawn on: SHA-256 %4, the sidecar recorded %5.</source>
        <translation>%1: изображение %2 (%3) — не то, на котором были нарисованы его области: SHA-256 %4, а в файле-компаньоне записано %5.</translation>
    </message>
    <message>
        <source>%1: the sidecar has regions on an image the article does not reference (%2).</source>
        <translation>%1: в файле-компаньоне есть области на изображении, на которое статья не ссылается (%2).</translation>
    </message>
    <message>
        <source>%1: image %2 (%3): %4</source>
        <translation>%1: изображение %2 (%3): %4</translation>
    </message>
    <message>
        <source>The sidecar “%1” has no article “%2” beside it.</source>
        <translation>Рядом с файлом-компаньоном «%1» нет статьи «%2».</translation>
    </message>
    <message>
        <source>Could not create a temporary folder to check “%1” in.</source>
        <translation>Не удалось создать временную папку для проверки «%1».</translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>warning: XMP sidecar: %1
</source>
        <translation>предупреждение: файл-компаньон XMP: %1
</translation>
    </message>
    <message numerus="yes">
        <source>missing %1 argument(s)</source>
        <translation>
            <numerusform>не указан аргумент %1</numerusform>
            <numerusform>не указаны аргументы %1</numerusform>
            <numerusform>не указаны аргументы %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expected %1, got %n argument(s)</source>
        <translation>
            <numerusform>ожидалось %1, получен %n аргумент</numerusform>
            <numerusform>ожидалось %1, получено %n аргумента</numerusform>
            <numerusform>ожидалось %1, получено %n аргументов</numerusform>
        </translation>
    </message>
    <message>
        <source>Read image files the article references outside its own folder (&quot;../&quot;, absolute paths, file: URLs, links out of the folder). Without it they are reported and not read.</source>
        <translation>Читать файлы изображений, на которые статья ссылается за пределами своей папки (&quot;../&quot;, абсолютные пути, URL file:, ссылки за пределы папки). Без этого параметра о них сообщается, но они не читаются.</translation>
    </message>
    <message>
        <source>The sidecar could not be read; nothing was changed. Fix it, or move it aside, and run the command again.
</source>
        <translation>Не удалось прочитать файл-компаньон; ничего не изменено. Исправьте его или переместите в другое место и выполните команду снова.
</translation>
    </message>
    <message>
        <source>warning: text anchor %1 (“%2”) is orphaned
</source>
        <translation>предупреждение: фрагмент текста %1 («%2») потерян
</translation>
    </message>
    <message>
        <source>warning: image %1: %2
</source>
        <translation>предупреждение: изображение %1: %2
</translation>
    </message>
    <message>
        <source>Nothing was changed.
</source>
        <translation>Ничего не изменено.
</translation>
    </message>
    <message numerus="yes">
        <source>The sidecar kept changing while provena-cli saved (%n attempt(s)); nothing was changed. Run the command again when the other program has finished.
</source>
        <translation>
            <numerusform>Файл-компаньон продолжал изменяться, пока provena-cli сохранял его (%n попытка); ничего не изменено. Выполните команду снова, когда другая программа завершит работу.
</numerusform>
            <numerusform>Файл-компаньон продолжал изменяться, пока provena-cli сохранял его (%n попытки); ничего не изменено. Выполните команду снова, когда другая программа завершит работу.
</numerusform>
            <numerusform>Файл-компаньон продолжал изменяться, пока provena-cli сохранял его (%n попыток); ничего не изменено. Выполните команду снова, когда другая программа завершит работу.
</numerusform>
        </translation>
    </message>
    <message>
        <source>no region (or more than one) matches “%1”</source>
        <translation>«%1» не соответствует ни одна область (или соответствует больше одной)</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>ошибка: %1
</translation>
    </message>
    <message>
        <source>missing subcommand</source>
        <translation>не указана подкоманда</translation>
    </message>
    <message>
        <source>unknown subcommand “%1”</source>
        <translation>неизвестная подкоманда «%1»</translation>
    </message>
</context>
<context>
    <name>CocoExport</name>
    <message>
        <source>%1[%2] is not an object.</source>
        <translation>%1[%2] не является объектом.</translation>
    </message>
    <message>
        <source>%1: “id” is missing or not a whole number.</source>
        <translation>%1: «id» отсутствует или не является целым числом.</translation>
    </message>
    <message>
        <source>%1: the id %2 is already used by %3[%4].</source>
        <translation>%1: id %2 уже используется в %3[%4].</translation>
    </message>
    <message>
        <source>%1: “segmentation” is missing.</source>
        <translation>%1: отсутствует «segmentation».</translation>
    </message>
    <message>
        <source>%1: a crowd annotation (iscrowd 1) needs a run-length segmentation {&quot;counts&quot;, &quot;size&quot;}.</source>
        <translation>%1: для групповой аннотации (iscrowd 1) требуется сегментация в кодировке RLE {&quot;counts&quot;, &quot;size&quot;}.</translation>
    </message>
    <message>
        <source>%1: “segmentation” must be a list of polygons when iscrowd is 0.</source>
        <translation>%1: при iscrowd, равном 0, «segmentation» должно быть списком многоугольников.</translation>
    </message>
    <message>
        <source>%1: segmentation[%2] is not a polygon: it needs an even number of at least 6 coordinates, it has %3.</source>
        <translation>%1: segmentation[%2] не является многоугольником: требуется чётное число координат, не менее 6, а их %3.</translation>
    </message>
    <message>
        <source>values that are not numbers</source>
        <translation>значения, не являющиеся числами</translation>
    </message>
    <message>
        <source>The list “%1” is missing.</source>
        <translation>Отсутствует список «%1».</translation>
    </message>
    <message>
        <source>%1: “width” and “height” must be positive numbers.</source>
        <translation>%1: «width» и «height» должны быть положительными числами.</translation>
    </message>
    <message>
        <source>%1: “file_name” is missing or empty.</source>
        <translation>%1: «file_name» отсутствует или пусто.</translation>
    </message>
    <message>
        <source>%1: “name” is missing or empty.</source>
        <translation>%1: «name» отсутствует или пусто.</translation>
    </message>
    <message>
        <source>%1: image_id %2 names no image of “images”.</source>
        <translation>%1: image_id %2 не соответствует ни одному изображению из «images».</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(отсутствует)</translation>
    </message>
    <message>
        <source>%1: category_id %2 names no category of “categories”.</source>
        <translation>%1: category_id %2 не соответствует ни одной категории из «categories».</translation>
    </message>
    <message>
        <source>%1: “iscrowd” must be 0 or 1.</source>
        <translation>%1: «iscrowd» должно быть 0 или 1.</translation>
    </message>
    <message>
        <source>%1: “bbox” must be [x, y, width, height], four numbers.</source>
        <translation>%1: «bbox» должно иметь вид [x, y, width, height] — четыре числа.</translation>
    </message>
    <message>
        <source>%1: bbox [%2] has no width or no height.</source>
        <translation>%1: у bbox [%2] нет ширины или высоты.</translation>
    </message>
    <message>
        <source>%1: bbox [%2] is not inside image %3 (%4×%5).</source>
        <translation>%1: bbox [%2] выходит за пределы изображения %3 (%4×%5).</translation>
    </message>
    <message>
        <source>%1: “area” is missing or not a number of 0 or more.</source>
        <translation>%1: «area» отсутствует или не является числом, большим или равным 0.</translation>
    </message>
    <message>
        <source>%1: the area is 0 although it has a segmentation.</source>
        <translation>%1: площадь равна 0, хотя сегментация задана.</translation>
    </message>
</context>
<context>
    <name>CocoReader</name>
    <message>
        <source>This is not a COCO file: it has no “%1” list. Choose a COCO annotation file (with images, annotations and categories), or another --format.</source>
        <translation>Это не файл COCO: в нём нет списка «%1». Выберите файл аннотаций COCO (с images, annotations и categories) или укажите другой --format.</translation>
    </message>
    <message>
        <source>The COCO file has no image whose file_name is “%1”; choose one of its images by id instead.</source>
        <translation>В файле COCO нет изображения с file_name «%1»; выберите одно из его изображений по id.</translation>
    </message>
    <message>
        <source>The COCO file has no image with id %1.</source>
        <translation>В файле COCO нет изображения с id %1.</translation>
    </message>
    <message>
        <source>images: %1</source>
        <translation>изображения: %1</translation>
    </message>
    <message>
        <source>The COCO file has %1 images named “%2”; choose one by id.</source>
        <translation>В файле COCO несколько изображений с именем «%2» (%1); выберите одно по id.</translation>
    </message>
    <message>
        <source>The COCO file has %1 images with id %2; it is not valid COCO.</source>
        <translation>В файле COCO несколько изображений с id %2 (%1); это недопустимый файл COCO.</translation>
    </message>
    <message>
        <source>%1: category_id %2 is not in the file&apos;s categories</source>
        <translation>%1: category_id %2 отсутствует среди категорий файла</translation>
    </message>
    <message>
        <source>%1: a crowd annotation (iscrowd 1) is a run-length encoded bitmap; Provena has no bitmap regions</source>
        <translation>%1: групповая аннотация (iscrowd 1) — это растровая маска в кодировке RLE; в Provena нет растровых областей</translation>
    </message>
    <message>
        <source>%1: the score is not a number</source>
        <translation>%1: оценка не является числом</translation>
    </message>
    <message>
        <source>%1: the segmentation is run-length encoded (a bitmap); Provena has no bitmap regions</source>
        <translation>%1: сегментация закодирована в RLE (растровая маска); в Provena нет растровых областей</translation>
    </message>
    <message>
        <source>%1: the segmentation has %2 polygons (one object in several parts); Provena has no multi-part region. Split the object into one annotation per part.</source>
        <translation>%1: сегментация состоит из нескольких многоугольников (%2; один объект из нескольких частей); в Provena нет составных областей. Разделите объект на отдельные аннотации для каждой части.</translation>
    </message>
    <message>
        <source>%1: segmentation[0] is not a polygon (an even number of at least 6 coordinates x1, y1, x2, y2, …)</source>
        <translation>%1: segmentation[0] не является многоугольником (чётное число координат, не менее 6: x1, y1, x2, y2, …)</translation>
    </message>
    <message>
        <source>%1: there is no polygon segmentation, and the bbox is not [x, y, width, height] with a width and height of 0 or more</source>
        <translation>%1: нет сегментации в виде многоугольника, а bbox не имеет вид [x, y, width, height] с шириной и высотой не меньше 0</translation>
    </message>
    <message numerus="yes">
        <source>The keypoints of %n annotation(s) are not imported: Provena has no keypoint regions (the outline is).</source>
        <translation>
            <numerusform>Ключевые точки %n аннотации не импортированы: в Provena нет областей из ключевых точек (контур импортирован).</numerusform>
            <numerusform>Ключевые точки %n аннотаций не импортированы: в Provena нет областей из ключевых точек (контур импортирован).</numerusform>
            <numerusform>Ключевые точки %n аннотаций не импортированы: в Provena нет областей из ключевых точек (контур импортирован).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionConflicts</name>
    <message>
        <source>There is no merge conflict on “%1” of %2.</source>
        <translation>Нет конфликта слияния в «%1» для %2.</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Изображение %1</translation>
    </message>
    <message>
        <source>Claim “%1” (%2) on image %3</source>
        <translation>Утверждение «%1» (%2) об изображении %3</translation>
    </message>
    <message>
        <source>Label “%1”</source>
        <translation>Метка «%1»</translation>
    </message>
    <message>
        <source>An item no longer in the sidecar (%1)</source>
        <translation>Элемент, которого больше нет в файле-компаньоне (%1)</translation>
    </message>
    <message>
        <source>The article’s sidecar</source>
        <translation>Файл-компаньон статьи</translation>
    </message>
    <message>
        <source>Their value cannot be taken: %1</source>
        <translation>Их значение нельзя принять: %1</translation>
    </message>
</context>
<context>
    <name>ConflictsCommand</name>
    <message>
        <source>Merge conflicts to resolve (provena-cli conflicts resolve ARTICLE --item ITEM --field F --take ours|theirs):</source>
        <translation>Конфликты слияния для разрешения (provena-cli conflicts resolve ARTICLE --item ITEM --field F --take ours|theirs):</translation>
    </message>
    <message>
        <source>%1, %2: mine %3 | theirs %4</source>
        <translation>%1, %2: моя %3 | их %4</translation>
    </message>
    <message>
        <source>Resolve a merge conflict marked on the collection (a claim, an image, a label definition or a field of the sidecar both sides of a merge changed, as `inspect` lists it) and save the sidecar: --take ours keeps the value the article has, --take theirs sets the other side&apos;s. Prints the item.</source>
        <translation>Разрешить конфликт слияния, отмеченный на коллекции (утверждение, изображение, определение метки или поле файла-компаньона, которые изменили обе стороны слияния, как их перечисляет `inspect`), и сохранить файл-компаньон: --take ours оставляет значение статьи, --take theirs устанавливает значение другой стороны. Выводит элемент.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>The item as `inspect` lists it (a claim also by its id).</source>
        <translation>Элемент, как его перечисляет `inspect` (утверждение также по его id).</translation>
    </message>
    <message>
        <source>The conflicting field, e.g. status.</source>
        <translation>Конфликтующее поле, например status.</translation>
    </message>
    <message>
        <source>ours or theirs.</source>
        <translation>ours или theirs.</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>Файл статьи.</translation>
    </message>
    <message>
        <source>--item, --field and --take ours|theirs are required</source>
        <translation>требуются --item, --field и --take ours|theirs</translation>
    </message>
    <message>
        <source>Usage: %1 resolve ARTICLE --item ITEM --field F --take ours|theirs
`%2 inspect ARTICLE` lists the conflicts to resolve.
</source>
        <translation>Использование: %1 resolve ARTICLE --item ITEM --field F --take ours|theirs
`%2 inspect ARTICLE` перечисляет конфликты для разрешения.
</translation>
    </message>
</context>
<context>
    <name>CopyMoveDetector</name>
    <message>
        <source>Copy-move detection failed on this image.</source>
        <translation>Не удалось выполнить обнаружение клонирования на этом изображении.</translation>
    </message>
    <message>
        <source>There is no image to analyse.</source>
        <translation>Нет изображения для анализа.</translation>
    </message>
    <message>
        <source>Not enough memory for copy-move detection on this image.</source>
        <translation>Недостаточно памяти для обнаружения клонирования на этом изображении.</translation>
    </message>
</context>
<context>
    <name>DocumentIO</name>
    <message>
        <source>The sidecar</source>
        <translation>Файл-компаньон</translation>
    </message>
    <message>
        <source>“%1” was created by another program after Provena opened the article, so Provena saved nothing and left it as it is. Reload to see it, or save your version under another name.</source>
        <translation>«%1» был создан другой программой после того, как Provena открыла статью, поэтому Provena ничего не сохранила и оставила его без изменений. Перезагрузите статью, чтобы увидеть его, или сохраните свою версию под другим именем.</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved by another program after Provena read it, so Provena saved nothing. Reload, or save your version under another name.</source>
        <translation>«%1» был удалён или перемещён другой программой после того, как Provena его прочитала, поэтому Provena ничего не сохранила. Перезагрузите статью или сохраните свою версию под другим именем.</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program after Provena read it, so Provena saved nothing and did not overwrite it. Reload to see the other version, or save yours under another name.</source>
        <translation>«%1» был изменён на диске другой программой после того, как Provena его прочитала, поэтому Provena ничего не сохранила и не перезаписала его. Перезагрузите статью, чтобы увидеть другую версию, или сохраните свою под другим именем.</translation>
    </message>
    <message>
        <source>The image “%1” the annotations were made on is not there any more (the sidecar recorded it as “%2”). Put it back, or attach a local copy.</source>
        <translation>Изображения «%1», к которому относятся аннотации, больше нет на месте (в файле-компаньоне оно записано как «%2»). Верните его на место или прикрепите локальную копию.</translation>
    </message>
    <message>
        <source>no local file</source>
        <translation>нет локального файла</translation>
    </message>
    <message>
        <source>The existing sidecar could not be read, so Provena will not overwrite it. Keep a copy of it first (&quot;Save and keep the broken file&quot;).</source>
        <translation>Не удалось прочитать существующий файл-компаньон, поэтому Provena не будет его перезаписывать. Сначала сохраните его копию («Сохранить и оставить повреждённый файл»).</translation>
    </message>
    <message>
        <source>The broken sidecar</source>
        <translation>Повреждённый файл-компаньон</translation>
    </message>
    <message>
        <source>Could not keep a copy of the broken sidecar.</source>
        <translation>Не удалось сохранить копию повреждённого файла-компаньона.</translation>
    </message>
    <message>
        <source>The image “%1” is not there (%2). Put it back, or attach a local copy.</source>
        <translation>Изображение «%1» отсутствует (%2). Верните его на место или прикрепите локальную копию.</translation>
    </message>
    <message>
        <source>The image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Could not read the image “%1” (%2). Check that the file is readable, or move it away.</source>
        <translation>Не удалось прочитать изображение «%1» (%2). Убедитесь, что файл доступен для чтения, или переместите его.</translation>
    </message>
    <message>
        <source>“%1” is not an image Provena can read (%2), so it was not hashed. Replace it with the image, or attach the right file.</source>
        <translation>«%1» — не изображение, которое может прочитать Provena (%2), поэтому его хеш не вычислен. Замените его изображением или прикрепите нужный файл.</translation>
    </message>
    <message>
        <source>Could not read the image “%1” to check it against the annotations (%2). Check that the file is readable, or move it away and open again.</source>
        <translation>Не удалось прочитать изображение «%1» для сверки с аннотациями (%2). Убедитесь, что файл доступен для чтения, или переместите его и откройте статью снова.</translation>
    </message>
    <message>
        <source>The image “%1” lies outside the article&apos;s folder (%2), so Provena did not read it. Move it into the folder, or allow images outside the folder for this article.</source>
        <translation>Изображение «%1» находится вне папки статьи (%2), поэтому Provena его не прочитала. Переместите его в папку или разрешите для этой статьи изображения вне папки.</translation>
    </message>
    <message>
        <source>The image “%1” is not in the article&apos;s folder. Put it there, or fix the reference.</source>
        <translation>Изображения «%1» нет в папке статьи. Поместите его туда или исправьте ссылку.</translation>
    </message>
</context>
<context>
    <name>EvidenceGroups</name>
    <message>
        <source>Who made and released it</source>
        <translation>Кто создал и выпустил</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись к фото</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Права</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Software and editing history</source>
        <translation>Программы и история редактирования</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>Document identifiers</source>
        <translation>Идентификаторы документа</translation>
    </message>
</context>
<context>
    <name>ExifThumbnailReader</name>
    <message>
        <source>Could not read the EXIF thumbnail of “%1”: the file is damaged or not an image format Provena knows.</source>
        <translation>Не удалось прочитать эскиз EXIF в «%1»: файл повреждён или его формат неизвестен Provena.</translation>
    </message>
    <message>
        <source>“%1” has no embedded EXIF thumbnail.</source>
        <translation>В «%1» нет встроенного эскиза EXIF.</translation>
    </message>
    <message>
        <source>The image</source>
        <translation>Изображение</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>--forensics: “%1” is not a view (ela, noise, gradient, copymove)</source>
        <translation>--forensics: «%1» не является представлением (ela, noise, gradient, copymove)</translation>
    </message>
    <message>
        <source>--forensics: no view named (ela, noise, gradient, copymove)</source>
        <translation>--forensics: не указано представление (ela, noise, gradient, copymove)</translation>
    </message>
    <message>
        <source>preparing %1/%2: %3</source>
        <translation>подготовка %1/%2: %3</translation>
    </message>
    <message>
        <source>writing %1 of %2 MB</source>
        <translation>запись: %1 из %2 МБ</translation>
    </message>
    <message>
        <source>Export articles with their annotations, images, XMP sidecars, renderings, crops, COCO file and report as one BagIt bag inside a zip (docs/bundles.md). A folder argument stands for the articles directly in it (.md, .markdown, .mdown, .mkd, .txt, .text; not its subfolders).
Exit 0: the bundle was written (warnings, if any, on stderr); 2: an article or its sidecar could not be read, or the zip could not be written (nothing is left at its path); 64: bad command line.</source>
        <translation>Экспортировать статьи вместе с аннотациями, изображениями, файлами-компаньонами XMP, визуализациями, кадрированными фрагментами, файлом COCO и отчётом в виде одного пакета BagIt внутри zip-архива (docs/bundles.md). Папка в качестве аргумента означает статьи, находящиеся непосредственно в ней (.md, .markdown, .mdown, .mkd, .txt, .text; без подпапок).
Код выхода 0: пакет записан (предупреждения, если есть, выводятся в stderr); 2: не удалось прочитать статью или её файл-компаньон либо записать zip-архив (по указанному пути ничего не остаётся); 64: неверная командная строка.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>The bundle to write (.zip).</source>
        <translation>Записываемый пакет (.zip).</translation>
    </message>
    <message>
        <source>The Bagging-Date and every entry&apos;s time (default: today, UTC); the same inputs and date give the same zip.</source>
        <translation>Значение Bagging-Date и время каждого элемента (по умолчанию: сегодня, UTC); одинаковые входные данные и дата дают одинаковый zip-архив.</translation>
    </message>
    <message>
        <source>No renderings or crops.</source>
        <translation>Без визуализаций и кадрированных фрагментов.</translation>
    </message>
    <message>
        <source>No PDF of the report.</source>
        <translation>Без PDF-версии отчёта.</translation>
    </message>
    <message>
        <source>bag-info Source-Organization (default: bundle/sourceOrganization in Provena.conf).</source>
        <translation>Поле Source-Organization в bag-info (по умолчанию: bundle/sourceOrganization в Provena.conf).</translation>
    </message>
    <message>
        <source>bag-info Contact-Name (default: bundle/contactName).</source>
        <translation>Поле Contact-Name в bag-info (по умолчанию: bundle/contactName).</translation>
    </message>
    <message>
        <source>bag-info Contact-Email (default: bundle/contactEmail).</source>
        <translation>Поле Contact-Email в bag-info (по умолчанию: bundle/contactEmail).</translation>
    </message>
    <message>
        <source>bag-info External-Description (default: the number of articles and their titles).</source>
        <translation>Поле External-Description в bag-info (по умолчанию: число статей и их заголовки).</translation>
    </message>
    <message>
        <source>Also write forensic views of every image as forensics/IMAGE-VIEW.png, listed in the report (aids, not a verdict). VIEWS: a comma-separated list of ela, noise, gradient, copymove; --forensics alone means ela,noise,gradient.</source>
        <translation>Также записать криминалистические представления каждого изображения в forensics/IMAGE-VIEW.png и перечислить их в отчёте (это вспомогательные средства, а не вердикт). VIEWS: список через запятую из ela, noise, gradient, copymove; --forensics без значения означает ela,noise,gradient.</translation>
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation>Вывести сведения о записанном в формате JSON.</translation>
    </message>
    <message>
        <source>Article files or folders of articles.</source>
        <translation>Файлы статей или папки со статьями.</translation>
    </message>
    <message>
        <source>no ARTICLE given</source>
        <translation>не указана статья (ARTICLE)</translation>
    </message>
    <message>
        <source>-o BUNDLE.zip is required</source>
        <translation>требуется -o BUNDLE.zip</translation>
    </message>
    <message>
        <source>--date: “%1” is not a date as YYYY-MM-DD</source>
        <translation>--date: «%1» не является датой в формате YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1: no articles (.md, .txt, …) in this folder.
</source>
        <translation>%1: в этой папке нет статей (.md, .txt, …).
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>предупреждение: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n article(s), %2 files, %3 MB of payload, %4 MB zip (bag “%5”)
</source>
        <translation>
            <numerusform>%1: %n статья, файлов: %2, полезные данные: %3 МБ, zip: %4 МБ (пакет «%5»)
</numerusform>
            <numerusform>%1: %n статьи, файлов: %2, полезные данные: %3 МБ, zip: %4 МБ (пакет «%5»)
</numerusform>
            <numerusform>%1: %n статей, файлов: %2, полезные данные: %3 МБ, zip: %4 МБ (пакет «%5»)
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FaceDetector</name>
    <message>
        <source>Face detection in “%1” was cancelled.</source>
        <translation>Поиск лиц в «%1» отменён.</translation>
    </message>
    <message>
        <source>The face detector file “%1” could not be read. Reinstall the opencv-data package.</source>
        <translation>Не удалось прочитать файл детектора лиц «%1». Переустановите пакет opencv-data.</translation>
    </message>
    <message>
        <source>Face detection needs the file “%1”, which is not installed. Install the opencv-data package, or set %2 to a folder holding it.</source>
        <translation>Для обнаружения лиц требуется файл «%1», который не установлен. Установите пакет opencv-data или укажите в %2 папку, содержащую этот файл.</translation>
    </message>
    <message>
        <source>There is no picture in “%1” to look for faces in.</source>
        <translation>В «%1» нет изображения для поиска лиц.</translation>
    </message>
    <message>
        <source>Face detection failed on “%1”.</source>
        <translation>Не удалось выполнить обнаружение лиц в «%1».</translation>
    </message>
    <message>
        <source>Not enough memory to look for faces in “%1”.</source>
        <translation>Недостаточно памяти для поиска лиц в «%1».</translation>
    </message>
</context>
<context>
    <name>FacesCommand</name>
    <message>
        <source>Image %1 has no local file to look for faces in: fetch it first (provena-cli fetch) or attach a copy.</source>
        <translation>У изображения %1 нет локального файла для поиска лиц: сначала загрузите его (provena-cli fetch) или прикрепите копию.</translation>
    </message>
    <message numerus="yes">
        <source>image %1 (%2): %n new face(s)</source>
        <translation>
            <numerusform>изображение %1 (%2): %n новое лицо</numerusform>
            <numerusform>изображение %1 (%2): %n новых лица</numerusform>
            <numerusform>изображение %1 (%2): %n новых лиц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already annotated</source>
        <translation>
            <numerusform>, %n уже аннотировано</numerusform>
            <numerusform>, %n уже аннотированы</numerusform>
            <numerusform>, %n уже аннотировано</numerusform>
        </translation>
    </message>
    <message>
        <source>votes %1</source>
        <translation>голосов: %1</translation>
    </message>
    <message>
        <source>(profile)</source>
        <translation>(профиль)</translation>
    </message>
    <message>
        <source>→ person region %1</source>
        <translation>→ область персоны %1</translation>
    </message>
    <message>
        <source>Look for faces in the article&apos;s images (Haar cascades from opencv-data) and print them as suggestions in image pixels. Faces that a person region already covers are not offered again. With --accept, every suggestion becomes a person region (one undo step) and the sidecar is saved.</source>
        <translation>Искать лица на изображениях статьи (каскады Хаара из opencv-data) и выводить их как предложения в пикселях изображения. Лица, уже покрытые областью персоны, повторно не предлагаются. С --accept каждое предложение становится областью персоны (один шаг отмены), а файл-компаньон сохраняется.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Only image N, from 1 in article order.</source>
        <translation>Только изображение N (начиная с 1, в порядке статьи).</translation>
    </message>
    <message>
        <source>Add every suggestion as a person region and save.</source>
        <translation>Добавить каждое предложение как область персоны и сохранить.</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-faces/1, see docs/cli.md).</source>
        <translation>Вывести JSON (схема provena-faces/1, см. docs/cli.md).</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>Файл статьи.</translation>
    </message>
    <message>
        <source>--image takes a number, from 1</source>
        <translation>--image принимает номер, начиная с 1</translation>
    </message>
    <message numerus="yes">
        <source>the article has %n image(s); there is no image %1</source>
        <translation>
            <numerusform>в статье %n изображение; изображения %1 нет</numerusform>
            <numerusform>в статье %n изображения; изображения %1 нет</numerusform>
            <numerusform>в статье %n изображений; изображения %1 нет</numerusform>
        </translation>
    </message>
    <message>
        <source>provena-cli faces: image %1: %2
</source>
        <translation>provena-cli faces: изображение %1: %2
</translation>
    </message>
    <message>
        <source>Who is annotating (default: your name in Preferences, else $USER).</source>
        <translation>Кто выполняет аннотирование (по умолчанию: ваше имя в настройках, иначе $USER).</translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message>
        <source>--image takes a number from 1</source>
        <translation>--image принимает номер, начиная с 1</translation>
    </message>
    <message>
        <source>--max-size takes a number of MB above 0</source>
        <translation>--max-size принимает число МБ больше 0</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds above 0 (at most 3600)</source>
        <translation>--timeout принимает число секунд больше 0 (не более 3600)</translation>
    </message>
    <message>
        <source>image %1: %2 of %3 KB</source>
        <translation>изображение %1: %2 из %3 КБ</translation>
    </message>
    <message>
        <source>image %1: %2 KB</source>
        <translation>изображение %1: %2 КБ</translation>
    </message>
    <message>
        <source>Fetch the images the article names by http or https URL and has no local file of, into the folder STEM_files/ beside it, and record for each a &quot;retrieved&quot; custody event (final URL, HTTP status and headers, size, SHA-256) in the sidecar. Prints one line per image saved; refusals go to stderr.</source>
        <translation>Загрузить изображения, которые статья указывает по URL http или https и для которых нет локального файла, в папку STEM_files/ рядом с ней и записать для каждого в файл-компаньон событие цепочки хранения &quot;retrieved&quot; (итоговый URL, статус и заголовки HTTP, размер, SHA-256). Выводит по одной строке на каждое сохранённое изображение; отказы выводятся в stderr.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Only image N (from 1, in article order).</source>
        <translation>Только изображение N (начиная с 1, в порядке статьи).</translation>
    </message>
    <message>
        <source>No network access: every fetch is refused (as with the setting network/offline).</source>
        <translation>Без доступа к сети: любая загрузка отклоняется (как при параметре network/offline).</translation>
    </message>
    <message>
        <source>The most a download may be, in MB (default 100, or network/maxDownloadMB).</source>
        <translation>Максимальный размер загрузки в МБ (по умолчанию 100 или network/maxDownloadMB).</translation>
    </message>
    <message>
        <source>Give up when the server does not answer, or sends nothing, for this long (default 15 s to answer, 30 s between data).</source>
        <translation>Прекратить попытки, если сервер не отвечает или ничего не присылает в течение этого времени (по умолчанию 15 с на ответ, 30 с между порциями данных).</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>Файл статьи.</translation>
    </message>
    <message numerus="yes">
        <source>image %1 does not exist: the article has %n image(s)</source>
        <translation>
            <numerusform>изображения %1 не существует: в статье %n изображение</numerusform>
            <numerusform>изображения %1 не существует: в статье %n изображения</numerusform>
            <numerusform>изображения %1 не существует: в статье %n изображений</numerusform>
        </translation>
    </message>
    <message>
        <source>image %1: it already has a local file, “%2”; nothing to fetch.
</source>
        <translation>изображение %1: у него уже есть локальный файл «%2»; загружать нечего.
</translation>
    </message>
    <message>
        <source>image %1: “%2” is not an http or https address; Provena fetches nothing else.
</source>
        <translation>изображение %1: «%2» не является адресом http или https; Provena загружает только такие адреса.
</translation>
    </message>
    <message>
        <source>Nothing to fetch: every image has a local file or no http(s) address.
</source>
        <translation>Нечего загружать: у каждого изображения есть локальный файл или нет адреса http(s).
</translation>
    </message>
    <message>
        <source>image %1: %2
</source>
        <translation>изображение %1: %2
</translation>
    </message>
    <message>
        <source>image %1: already there %2 (%3 bytes, sha256 %4), same as %5
</source>
        <translation>изображение %1: уже существует %2 (%3 байт, sha256 %4), совпадает с %5
</translation>
    </message>
    <message>
        <source>image %1: saved %2 (%3 bytes, sha256 %4) from %5
</source>
        <translation>изображение %1: сохранено %2 (%3 байт, sha256 %4) из %5
</translation>
    </message>
</context>
<context>
    <name>FileAccess</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Check that you may open the folders on its path.</source>
        <translation>Нет доступа: %1. Убедитесь, что у вас есть права на открытие папок на пути к нему.</translation>
    </message>
    <message>
        <source>%1 cannot be reached.</source>
        <translation>Нет доступа: %1.</translation>
    </message>
    <message>
        <source>%1 is a link to “%2”, which does not exist.</source>
        <translation>%1 — ссылка на несуществующий путь «%2».</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source> (it links to “%1”)</source>
        <translation> (ссылка на «%1»)</translation>
    </message>
    <message>
        <source>%1 is %2%3: Provena reads only regular files. Open the file itself, or save its content as a regular file first.</source>
        <translation>%1 — %2%3: Provena читает только обычные файлы. Откройте сам файл или сначала сохраните его содержимое в обычный файл.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation>обычный файл</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>именованный канал (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>символьное устройство</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>блочное устройство</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <source>%1 could not be opened. Check that you may read it.</source>
        <translation>Не удалось открыть: %1. Убедитесь, что у вас есть права на чтение.</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>Не удалось открыть «%1».</translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation>Не удалось прочитать «%1».</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most Provena reads of it.</source>
        <translation>%1 больше %2 — это максимальный объём, который читает Provena.</translation>
    </message>
</context>
<context>
    <name>FindVersionsCommand</name>
    <message>
        <source>in %1, image %2</source>
        <translation>в %1, изображение %2</translation>
    </message>
    <message>
        <source>caption: %1</source>
        <translation>подпись к фото: %1</translation>
    </message>
    <message>
        <source>credit: %1</source>
        <translation>указание источника: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n other version(s) under %1</source>
        <translation>
            <numerusform>%n другая версия в %1</numerusform>
            <numerusform>%n другие версии в %1</numerusform>
            <numerusform>%n других версий в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>dHash distance %1 (mirrored %2), found by %3</source>
        <translation>расстояние dHash %1 (с отражением %2), найдено по %3</translation>
    </message>
    <message>
        <source>Index: %1 images (%2 hashed now, %3 from the cache, %4 gone)%5</source>
        <translation>Индекс: изображений: %1 (хешировано сейчас: %2, из кэша: %3, удалено: %4)%5</translation>
    </message>
    <message>
        <source>; rebuilt: %1</source>
        <translation>; перестроен: %1</translation>
    </message>
    <message>
        <source>Compared: %1 by close hashes, %2 by features alone; %3 beyond the budget</source>
        <translation>Сравнено: по близким хешам — %1, только по признакам — %2; сверх лимита — %3</translation>
    </message>
    <message>
        <source>Find every other version of IMAGE under DIR: re-encodes, crops, scaled and mirrored copies, with the articles (.md, .txt) that show them, their captions and credits. The perceptual hashes of DIR&apos;s images are cached in DIR/.provena/versions-index.json and only new or changed files are hashed again.</source>
        <translation>Найти все другие версии изображения IMAGE в папке DIR: перекодированные, кадрированные, масштабированные и зеркальные копии — вместе со статьями (.md, .txt), в которых они показаны, их подписями к фото и указаниями источника. Перцептивные хеши изображений из DIR кэшируются в DIR/.provena/versions-index.json, и повторно хешируются только новые или изменённые файлы.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-versions/1, see docs/cli.md).</source>
        <translation>Вывести JSON (схема provena-versions/1, см. docs/cli.md).</translation>
    </message>
    <message>
        <source>Compare at most N images whose hashes differ by features (crops); default 200.</source>
        <translation>Сравнивать по признакам не более N изображений с различающимися хешами (кадрирования); по умолчанию 200.</translation>
    </message>
    <message>
        <source>Also offer each other appearance as a provenance suggestion (republisher, with the other file and the match as evidence). Nothing is recorded.</source>
        <translation>Также предлагать каждое другое появление изображения как предложение о происхождении (перепубликатор, с другим файлом и совпадением в качестве свидетельства). Ничего не записывается.</translation>
    </message>
    <message>
        <source>The image whose versions to find.</source>
        <translation>Изображение, версии которого нужно найти.</translation>
    </message>
    <message>
        <source>The folder to search, recursively.</source>
        <translation>Папка для рекурсивного поиска.</translation>
    </message>
    <message>
        <source>--feature-budget needs a whole number of images, 0 or more.</source>
        <translation>--feature-budget требует целого числа изображений, не меньше 0.</translation>
    </message>
    <message>
        <source>Provenance suggestions (not recorded; accept them in the Provenance dock):</source>
        <translation>Предложения о происхождении (не записаны; примите их на панели «Происхождение»):</translation>
    </message>
</context>
<context>
    <name>ForensicView</name>
    <message>
        <source>Unknown forensic view.</source>
        <translation>Неизвестное криминалистическое представление.</translation>
    </message>
    <message>
        <source>Error level analysis</source>
        <translation>Анализ уровня ошибок</translation>
    </message>
    <message>
        <source>Noise residual</source>
        <translation>Остаточный шум</translation>
    </message>
    <message>
        <source>Luminance gradient</source>
        <translation>Градиент яркости</translation>
    </message>
    <message>
        <source>Copy-move (clones)</source>
        <translation>Клонирование (copy-move)</translation>
    </message>
    <message>
        <source>Bright areas changed more when the photo was saved again as JPEG; an area brighter or darker than similar surroundings may have another history. Edges and fine texture are always bright.</source>
        <translation>Яркие области сильнее изменились при повторном сохранении фотографии в JPEG; область, которая ярче или темнее похожего окружения, может иметь иную историю. Края и мелкая текстура всегда яркие.</translation>
    </message>
    <message>
        <source>The fine noise left after a median filter; an area with a different noise texture may come from another camera or have been retouched.</source>
        <translation>Мелкий шум, остающийся после медианного фильтра; область с иной текстурой шума может быть снята другой камерой или отретуширована.</translation>
    </message>
    <message>
        <source>Edge strength of the brightness; pasted objects can have edges sharper or softer than the rest of the photo.</source>
        <translation>Сила перепадов яркости на краях; у вставленных объектов края могут быть резче или мягче, чем на остальной фотографии.</translation>
    </message>
    <message>
        <source>Pairs of areas that look copied one onto the other (cyan and magenta). Repeating things such as windows, tiles or crowds match too.</source>
        <translation>Пары областей, которые выглядят скопированными одна на другую (голубым и пурпурным). Повторяющиеся объекты, например окна, плитка или толпа, тоже дают совпадения.</translation>
    </message>
</context>
<context>
    <name>ForensicsCommand</name>
    <message>
        <source>Could not encode the view as PNG for “%1”.</source>
        <translation>Не удалось закодировать представление в PNG для «%1».</translation>
    </message>
    <message>
        <source>Compute a forensic view of an image: error level analysis (ela), noise residual (noise), luminance gradient (gradient) or copy-move clone detection (copymove). These are aids: they show evidence, they do not say an image is fake.
Exit 0: the view was computed (copymove: no cloned areas found); 1: copymove found cloned areas; 2: the image could not be read or the output not written; 64: bad command line.</source>
        <translation>Вычислить криминалистическое представление изображения: анализ уровня ошибок (ela), остаточный шум (noise), градиент яркости (gradient) или обнаружение клонирования (copymove). Это вспомогательные средства: они показывают свидетельства, но не утверждают, что изображение поддельное.
Код выхода 0: представление вычислено (copymove: клонированные области не найдены); 1: copymove нашёл клонированные области; 2: не удалось прочитать изображение или записать результат; 64: неверная командная строка.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>ela, noise, gradient or copymove.</source>
        <translation>ela, noise, gradient или copymove.</translation>
    </message>
    <message>
        <source>ela: the JPEG quality to recompress at, 1–100 (default 90).</source>
        <translation>ela: качество JPEG для повторного сжатия, 1–100 (по умолчанию 90).</translation>
    </message>
    <message>
        <source>ela and noise: the factor on the difference (default 20 for ela, 10 for noise).</source>
        <translation>ela и noise: коэффициент усиления разницы (по умолчанию 20 для ela, 10 для noise).</translation>
    </message>
    <message>
        <source>Write the view as a PNG (copymove: the photo with the areas outlined).</source>
        <translation>Записать представление в PNG (copymove: фотография с обведёнными областями).</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-forensics/1, see docs/cli.md).</source>
        <translation>Вывести JSON (схема provena-forensics/1, см. docs/cli.md).</translation>
    </message>
    <message>
        <source>The image file.</source>
        <translation>Файл изображения.</translation>
    </message>
    <message>
        <source>--view is required (ela, noise, gradient or copymove).</source>
        <translation>Требуется --view (ela, noise, gradient или copymove).</translation>
    </message>
    <message>
        <source>Unknown view “%1”: use ela, noise, gradient or copymove.</source>
        <translation>Неизвестное представление «%1»: используйте ela, noise, gradient или copymove.</translation>
    </message>
    <message>
        <source>--quality must be a whole number from 1 to 100, not “%1”.</source>
        <translation>--quality должно быть целым числом от 1 до 100, а не «%1».</translation>
    </message>
    <message>
        <source>--amplification must be a number above 0 and at most 1000, not “%1”.</source>
        <translation>--amplification должно быть числом больше 0 и не более 1000, а не «%1».</translation>
    </message>
    <message>
        <source>No cloned areas found.</source>
        <translation>Клонированные области не найдены.</translation>
    </message>
    <message>
        <source>%1,%2 %3×%4 ↔ %5,%6 %7×%8 (%9 matching keypoints)</source>
        <translation>%1,%2 %3×%4 ↔ %5,%6 %7×%8 (совпадающих ключевых точек: %9)</translation>
    </message>
    <message>
        <source>Mean level %1, maximum %2 (0–255).</source>
        <translation>Средний уровень %1, максимум %2 (0–255).</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Записано в %1.</translation>
    </message>
    <message>
        <source>An aid: it shows evidence, it does not say the image is fake.</source>
        <translation>Вспомогательное средство: оно показывает свидетельства, но не утверждает, что изображение поддельное.</translation>
    </message>
</context>
<context>
    <name>GitSetupCommand</name>
    <message>
        <source>git was not found on PATH; install git (Debian: apt install git).</source>
        <translation>git не найден в PATH; установите git (Debian: apt install git).</translation>
    </message>
    <message>
        <source>git %1 failed.</source>
        <translation>Ошибка выполнения git %1.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>A folder inside the repository (default: the current one).</source>
        <translation>Папка внутри репозитория (по умолчанию: текущая).</translation>
    </message>
    <message>
        <source>%1: not inside a git repository (%2)
</source>
        <translation>%1: не находится внутри репозитория git (%2)
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
        <translation>%1: добавлено «%2»
</translation>
    </message>
    <message>
        <source>%1: already has “%2”
</source>
        <translation>%1: уже содержит «%2»
</translation>
    </message>
    <message>
        <source>Install provena-cli merge as the merge driver of sidecars (*.provena.jsonld) in a git repository: merge.provena.driver and merge.provena.name in the repository&apos;s config (through git config), the line “%1” in .gitattributes at its top, and “%2” in its .gitignore (the sidecar&apos;s backup and save lock), each when missing. Running it again changes nothing.
Exit 0: done; 2: not a git repository, or git or the file could not be run or written.</source>
        <translation>Установить provena-cli merge в качестве драйвера слияния для файлов-компаньонов (*.provena.jsonld) в репозитории git: merge.provena.driver и merge.provena.name в конфигурации репозитория (через git config), строку «%1» в .gitattributes в корне репозитория и «%2» в его .gitignore (резервная копия файла-компаньона и блокировка сохранения) — каждую, если её там нет. Повторный запуск ничего не меняет.
Код выхода 0: готово; 2: это не репозиторий git, либо не удалось запустить git или записать файл.</translation>
    </message>
</context>
<context>
    <name>ImageDecoder</name>
    <message>
        <source>“%1” is a damaged PNG image: a part of it claims more data than the file holds. Fetch the image again or re-save it with an image editor.</source>
        <translation>«%1» — повреждённое изображение PNG: одна из его частей заявляет больше данных, чем содержит файл. Загрузите изображение снова или пересохраните его в графическом редакторе.</translation>
    </message>
    <message>
        <source>“%1” is not an image Provena can read. Check that the file is complete and really is a JPEG, PNG, GIF or BMP image.</source>
        <translation>«%1» не является изображением, которое может прочитать Provena. Убедитесь, что файл полный и действительно является изображением JPEG, PNG, GIF или BMP.</translation>
    </message>
    <message>
        <source>“%1” is too large to open: %2 × %3 pixels (%4 megapixels), more than the limit of %5 megapixels.</source>
        <translation>Изображение «%1» слишком велико для открытия: %2 × %3 пикселей (%4 мегапикселей) — больше ограничения в %5 мегапикселей.</translation>
    </message>
    <message>
        <source>Could not decode the image “%1”: the file is damaged or uses a variant of its format that Provena cannot read.</source>
        <translation>Не удалось декодировать изображение «%1»: файл повреждён или использует вариант формата, который Provena не может прочитать.</translation>
    </message>
    <message>
        <source>The image “%1” is incomplete: its data ends before the end of the picture. The file was probably cut off while downloading or copying; fetch it again.</source>
        <translation>Изображение «%1» неполное: его данные заканчиваются раньше конца изображения. Вероятно, файл был обрезан при загрузке или копировании; загрузите его снова.</translation>
    </message>
    <message>
        <source>The image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>The image “%1” is larger than %2 MiB, the most Provena reads of an image.</source>
        <translation>Изображение «%1» больше %2 МиБ — это максимальный размер изображения, который читает Provena.</translation>
    </message>
    <message>
        <source>Could not read the image “%1”.</source>
        <translation>Не удалось прочитать изображение «%1».</translation>
    </message>
    <message>
        <source>Not enough memory to decode the image “%1”. Close other images or open a preview instead.</source>
        <translation>Недостаточно памяти для декодирования изображения «%1». Закройте другие изображения или откройте вместо этого предпросмотр.</translation>
    </message>
    <message>
        <source>Could not make a preview of “%1”: the requested size %2 is not positive.</source>
        <translation>Не удалось создать предпросмотр «%1»: запрошенный размер %2 не является положительным.</translation>
    </message>
    <message>
        <source>The embedded thumbnail of “%1” could not be decoded.</source>
        <translation>Не удалось декодировать встроенный эскиз «%1».</translation>
    </message>
    <message>
        <source>Provena’s image decoders (%1) could not be loaded: reinstall Provena.</source>
        <translation>Не удалось загрузить декодеры изображений Provena (%1): переустановите Provena.</translation>
    </message>
    <message>
        <source>“%1” is not a progressive JPEG, so it has no coarse first scan to show.</source>
        <translation>«%1» — не прогрессивный JPEG, поэтому у него нет грубого первого прохода для показа.</translation>
    </message>
</context>
<context>
    <name>ImageEvidence</name>
    <message>
        <source>%1 (EXIF thumbnail)</source>
        <translation>%1 (эскиз EXIF)</translation>
    </message>
    <message>
        <source>The EXIF thumbnail could not be decoded, so it was not compared with the image: %1</source>
        <translation>Не удалось декодировать эскиз EXIF, поэтому он не сравнивался с изображением: %1</translation>
    </message>
    <message>
        <source>The image could not be decoded, so its EXIF thumbnail was not compared with it: %1</source>
        <translation>Не удалось декодировать изображение, поэтому его эскиз EXIF не сравнивался с ним: %1</translation>
    </message>
    <message>
        <source>The embedded EXIF thumbnail does not show the main image: their perceptual hashes differ in %1 of 64 bits (more than %2 means different pictures). The image was changed after the thumbnail was made, or the thumbnail was replaced.</source>
        <translation>Встроенный эскиз EXIF не соответствует основному изображению: их перцептивные хеши различаются на %1 бит из 64 (больше %2 означает разные изображения). Изображение было изменено после создания эскиза, либо эскиз был заменён.</translation>
    </message>
</context>
<context>
    <name>ImageForensics</name>
    <message>
        <source>The forensic view was cancelled.</source>
        <translation>Построение криминалистического представления отменено.</translation>
    </message>
    <message>
        <source>The forensic view could not be computed (%1).</source>
        <translation>Не удалось вычислить криминалистическое представление (%1).</translation>
    </message>
    <message>
        <source>Not enough memory for the forensic view of this image. Close other images and try again.</source>
        <translation>Недостаточно памяти для криминалистического представления этого изображения. Закройте другие изображения и повторите попытку.</translation>
    </message>
    <message>
        <source>There is no image to analyse.</source>
        <translation>Нет изображения для анализа.</translation>
    </message>
    <message>
        <source>error level analysis</source>
        <translation>анализ уровня ошибок</translation>
    </message>
    <message>
        <source>noise residual</source>
        <translation>остаточный шум</translation>
    </message>
    <message>
        <source>luminance gradient</source>
        <translation>градиент яркости</translation>
    </message>
    <message>
        <source>histogram</source>
        <translation>гистограмма</translation>
    </message>
</context>
<context>
    <name>ImageHasher</name>
    <message>
        <source>Could not compute the checksum of “%1”: %2</source>
        <translation>Не удалось вычислить контрольную сумму «%1»: %2</translation>
    </message>
    <message>
        <source>Could not read “%1” to compute its checksum.</source>
        <translation>Не удалось прочитать «%1» для вычисления контрольной суммы.</translation>
    </message>
</context>
<context>
    <name>ImageMatcher</name>
    <message>
        <source>Could not find the features of %1.</source>
        <translation>Не удалось найти характерные признаки в %1.</translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation>%1 не является изображением.</translation>
    </message>
    <message>
        <source>Could not match %1 with %2.</source>
        <translation>Не удалось сопоставить %1 с %2.</translation>
    </message>
    <message>
        <source>%1 matches passed the ratio test, %2 agreed.</source>
        <translation>Совпадений, прошедших тест отношения: %1; согласованных: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 do not show the same picture: only %n feature match(es) agree on one alignment.</source>
        <translation>
            <numerusform>%1 и %2 показывают разные изображения: только %n совпадение признаков согласуется с одним выравниванием.</numerusform>
            <numerusform>%1 и %2 показывают разные изображения: только %n совпадения признаков согласуются с одним выравниванием.</numerusform>
            <numerusform>%1 и %2 показывают разные изображения: только %n совпадений признаков согласуются с одним выравниванием.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Extract a bundle into DIR/&lt;bag name&gt; (refusing unsafe entries and zip bombs), verify its checksums and sidecars, and print the bag folder and its articles.
Exit 0: opened; 2: the zip cannot be read, is unsafe, does not verify, or its folder already exists in DIR (nothing is left behind).</source>
        <translation>Извлечь пакет в DIR/&lt;bag name&gt; (отклоняя небезопасные элементы и zip-бомбы), проверить его контрольные суммы и файлы-компаньоны и вывести папку пакета и его статьи.
Код выхода 0: открыт; 2: zip-архив не читается, небезопасен, не прошёл проверку или его папка уже существует в DIR (ничего не остаётся).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Вывести результат в формате JSON.</translation>
    </message>
    <message>
        <source>The bundle (.zip).</source>
        <translation>Пакет (.zip).</translation>
    </message>
    <message>
        <source>The folder to extract into (it must exist).</source>
        <translation>Папка, в которую нужно извлечь пакет (должна существовать).</translation>
    </message>
    <message>
        <source>%1: not a folder; create it first.
</source>
        <translation>%1: не папка; сначала создайте её.
</translation>
    </message>
    <message>
        <source>bag: %1
</source>
        <translation>пакет: %1
</translation>
    </message>
    <message>
        <source>article: %1
</source>
        <translation>статья: %1
</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-inspect/1, see docs/inspect-json.md).</source>
        <translation>Вывести JSON (схема provena-inspect/1, см. docs/inspect-json.md).</translation>
    </message>
    <message>
        <source>The article file (.md, .txt).</source>
        <translation>Файл статьи (.md, .txt).</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>предупреждение: %1
</translation>
    </message>
    <message>
        <source>Print what Provena understands of an article file: title, date, byline, paragraphs and images with captions, credits and dates; and the merge conflicts its sidecar marks on claims, images, labels or its own fields.</source>
        <translation>Вывести то, как Provena понимает файл статьи: заголовок, дату, авторскую строку, абзацы и изображения с подписями к фото, указаниями источника и датами, а также конфликты слияния, которые его файл-компаньон отмечает на утверждениях, изображениях, метках или собственных полях.</translation>
    </message>
</context>
<context>
    <name>InspectSummary</name>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source> (from the content)</source>
        <translation> (по содержимому)</translation>
    </message>
    <message>
        <source> with BOM</source>
        <translation> с BOM</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(не указана)</translation>
    </message>
    <message>
        <source>Byline:</source>
        <translation>Авторская строка:</translation>
    </message>
    <message>
        <source>Paragraphs:</source>
        <translation>Абзацы:</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Изображения:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Предупреждение:</translation>
    </message>
    <message>
        <source>local:</source>
        <translation>локальное:</translation>
    </message>
    <message>
        <source>(outside the article&apos;s folder, not read; --allow-outside reads it)</source>
        <translation>(вне папки статьи, не прочитано; --allow-outside позволяет его прочитать)</translation>
    </message>
    <message>
        <source>(outside the article&apos;s folder, read as allowed)</source>
        <translation>(вне папки статьи, прочитано с разрешения)</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(не найдено)</translation>
    </message>
    <message>
        <source>outside:</source>
        <translation>внешнее:</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>через %1</translation>
    </message>
    <message>
        <source>caption:</source>
        <translation>подпись к фото:</translation>
    </message>
    <message>
        <source>from:</source>
        <translation>откуда:</translation>
    </message>
    <message>
        <source>credit:</source>
        <translation>указание источника:</translation>
    </message>
    <message>
        <source>(year unknown)</source>
        <translation>(год неизвестен)</translation>
    </message>
    <message>
        <source>date:</source>
        <translation>дата:</translation>
    </message>
    <message>
        <source>year: %1</source>
        <translation>год: %1</translation>
    </message>
    <message>
        <source>release:</source>
        <translation>выпуск:</translation>
    </message>
</context>
<context>
    <name>JpegQuantization</name>
    <message>
        <source>“%1” is not a JPEG file (it does not start with a JPEG marker), so it has no quantisation tables.</source>
        <translation>«%1» не является файлом JPEG (он не начинается с маркера JPEG), поэтому в нём нет таблиц квантования.</translation>
    </message>
    <message>
        <source>“%1” is a JPEG file but no quantisation table was found before its image data (the file may be damaged or truncated).</source>
        <translation>«%1» — файл JPEG, но до данных изображения не найдено ни одной таблицы квантования (файл может быть повреждён или обрезан).</translation>
    </message>
    <message>
        <source>The tables are exactly the standard IJG (libjpeg) tables at quality %1. libjpeg, libjpeg-turbo, OpenCV, Qt, GIMP, ImageMagick, Pillow and many web services write these tables; they do not say which of them saved the file.</source>
        <translation>Таблицы в точности совпадают со стандартными таблицами IJG (libjpeg) при качестве %1. Эти таблицы записывают libjpeg, libjpeg-turbo, OpenCV, Qt, GIMP, ImageMagick, Pillow и многие веб-сервисы; по ним нельзя определить, какая из этих программ сохранила файл.</translation>
    </message>
    <message>
        <source>The tables are not the standard IJG (libjpeg) tables at any quality: a camera, phone or editor with its own tables (Photoshop, for one) saved the file. Estimated quality on the IJG scale: about %1. Provena does not identify which program that was.</source>
        <translation>Таблицы не совпадают со стандартными таблицами IJG (libjpeg) ни при каком качестве: файл сохранён камерой, телефоном или редактором с собственными таблицами (например, Photoshop). Оценка качества по шкале IJG: около %1. Provena не определяет, какая именно это была программа.</translation>
    </message>
    <message>
        <source>The file ends or is damaged before its image data; the tables may be incomplete.</source>
        <translation>Файл заканчивается или повреждён до начала данных изображения; таблицы могут быть неполными.</translation>
    </message>
</context>
<context>
    <name>JpegTablesCommand</name>
    <message>
        <source>Print a JPEG file&apos;s quantisation tables, the quality they correspond to on the IJG (libjpeg) scale and whether they are exactly libjpeg&apos;s standard tables.
Exit 0: tables printed; 1: the file is not a JPEG or has no tables; 2: the file could not be read; 64: bad command line.</source>
        <translation>Вывести таблицы квантования файла JPEG, соответствующее им качество по шкале IJG (libjpeg) и то, совпадают ли они в точности со стандартными таблицами libjpeg.
Код выхода 0: таблицы выведены; 1: файл не является JPEG или не содержит таблиц; 2: не удалось прочитать файл; 64: неверная командная строка.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-jpeg-tables/1, see docs/cli.md).</source>
        <translation>Вывести JSON (схема provena-jpeg-tables/1, см. docs/cli.md).</translation>
    </message>
    <message>
        <source>The JPEG file.</source>
        <translation>Файл JPEG.</translation>
    </message>
    <message>
        <source>Table %1 (%2-bit, natural order)</source>
        <translation>Таблица %1 (%2-битная, естественный порядок)</translation>
    </message>
    <message>
        <source>Estimated quality: %1</source>
        <translation>Оценка качества: %1</translation>
    </message>
</context>
<context>
    <name>JsonStrictness</name>
    <message>
        <source>nested deeper than %1 levels of objects and arrays; flatten it</source>
        <translation>вложенность объектов и массивов превышает %1 уровней; упростите структуру</translation>
    </message>
    <message>
        <source>the text is %1 characters long, more than the %2 allowed; shorten it</source>
        <translation>длина текста (%1 символов) превышает допустимую (%2); сократите его</translation>
    </message>
    <message>
        <source>the key “%1” occurs twice in the same object (first at line %2, column %3); JSON does not say which one counts, so remove one of them</source>
        <translation>ключ «%1» встречается в одном объекте дважды (впервые в строке %2, столбце %3); JSON не определяет, какой из них учитывается, поэтому удалите один из них</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>верхний уровень</translation>
    </message>
    <message>
        <source>could not be checked (%1)</source>
        <translation>не удалось проверить (%1)</translation>
    </message>
    <message>
        <source>this is not strict JSON: %1</source>
        <translation>это не строгий JSON: %1</translation>
    </message>
</context>
<context>
    <name>LabelTaxonomy</name>
    <message>
        <source>The label file is not valid at %1: %2.</source>
        <translation>Ошибка в файле меток в позиции %1: %2.</translation>
    </message>
    <message>
        <source>The label file is not valid JSON.</source>
        <translation>Файл меток не является допустимым JSON.</translation>
    </message>
    <message>
        <source>The label file has no &quot;labels&quot; array.</source>
        <translation>В файле меток нет массива &quot;labels&quot;.</translation>
    </message>
    <message>
        <source>A label has no id.</source>
        <translation>У метки нет id.</translation>
    </message>
    <message>
        <source>The label file</source>
        <translation>Файл меток</translation>
    </message>
</context>
<context>
    <name>LabelmeReader</name>
    <message>
        <source>This is not a labelme file: it has no “shapes” list. Choose the JSON file labelme saved next to the image, or another --format.</source>
        <translation>Это не файл labelme: в нём нет списка «shapes». Выберите JSON-файл, который labelme сохранил рядом с изображением, или укажите другой --format.</translation>
    </message>
    <message>
        <source>The file was written by labelme %1, newer than the %2.x files this reader knows; check the imported shapes.</source>
        <translation>Файл записан labelme %1 — более новой версией, чем файлы %2.x, известные этому модулю чтения; проверьте импортированные фигуры.</translation>
    </message>
    <message>
        <source>%1: not a shape object</source>
        <translation>%1: не объект фигуры</translation>
    </message>
    <message>
        <source>%1: the label is not text</source>
        <translation>%1: метка не является текстом</translation>
    </message>
    <message numerus="yes">
        <source>%1: a labelme %2 needs %3, this one has %n point(s)</source>
        <translation>
            <numerusform>%1: для фигуры labelme %2 требуется %3, а у этой %n точка</numerusform>
            <numerusform>%1: для фигуры labelme %2 требуется %3, а у этой %n точки</numerusform>
            <numerusform>%1: для фигуры labelme %2 требуется %3, а у этой %n точек</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the rectangle&apos;s 4 corners are not axis-aligned; Provena has no rotated rectangle (draw it as a polygon in labelme)</source>
        <translation>%1: 4 угла прямоугольника не выровнены по осям; в Provena нет повёрнутых прямоугольников (нарисуйте его в labelme как многоугольник)</translation>
    </message>
    <message>
        <source>2 corners</source>
        <translation>2 угла</translation>
    </message>
    <message>
        <source>at least 3 points</source>
        <translation>не менее 3 точек</translation>
    </message>
    <message>
        <source>its centre and a point on the circle</source>
        <translation>центр и точка на окружности</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 точка</translation>
    </message>
    <message>
        <source>2 points</source>
        <translation>2 точки</translation>
    </message>
    <message>
        <source>at least 2 points</source>
        <translation>не менее 2 точек</translation>
    </message>
    <message>
        <source>%1: a labelme mask (a bitmap) cannot become a region: Provena has no bitmap regions; draw it as a polygon</source>
        <translation>%1: маска labelme (растровая) не может стать областью: в Provena нет растровых областей; нарисуйте её как многоугольник</translation>
    </message>
    <message>
        <source>%1: the labelme shape type “%2” has no Provena region shape</source>
        <translation>%1: для типа фигуры labelme «%2» нет соответствующей формы области в Provena</translation>
    </message>
    <message>
        <source>%1 share group_id %2 in labelme (one object in several parts); Provena has no groups and imports them as separate regions.</source>
        <translation>%1 имеют общий group_id %2 в labelme (один объект из нескольких частей); в Provena нет групп, поэтому они импортируются как отдельные области.</translation>
    </message>
    <message>
        <source>The flags set on %1 are not imported: Provena regions have no flags (use the region&apos;s note).</source>
        <translation>Флаги, установленные для %1, не импортируются: у областей Provena нет флагов (используйте заметку области).</translation>
    </message>
</context>
<context>
    <name>LabelsCommand</name>
    <message>
        <source>(yours)</source>
        <translation>(ваша)</translation>
    </message>
    <message>
        <source>List the region labels, or add and remove your own.

  labels list [--json]
  labels add ID --name NAME [--colour #RRGGBB] [--description TEXT]
  labels remove ID

Your labels are stored in %1 and used by the GUI and provena-cli alike. A sidecar carries the definitions of the labels it uses, so it opens the same elsewhere.</source>
        <translation>Вывести список меток областей либо добавить или удалить собственные.

  labels list [--json]
  labels add ID --name NAME [--colour #RRGGBB] [--description TEXT]
  labels remove ID

Ваши метки хранятся в %1 и используются как графическим интерфейсом, так и provena-cli. Файл-компаньон содержит определения используемых в нём меток, поэтому в другом месте он открывается так же.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Print JSON (list).</source>
        <translation>Вывести JSON (list).</translation>
    </message>
    <message>
        <source>Name shown to people (add).</source>
        <translation>Отображаемое название (add).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Colour as #RRGGBB (add).</source>
        <translation>Цвет в формате #RRGGBB (add).</translation>
    </message>
    <message>
        <source>COLOUR</source>
        <translation>COLOUR</translation>
    </message>
    <message>
        <source>What the label marks (add).</source>
        <translation>Что обозначает метка (add).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>list, add or remove</source>
        <translation>list, add или remove</translation>
    </message>
    <message>
        <source>label id (add, remove)</source>
        <translation>идентификатор метки (add, remove)</translation>
    </message>
    <message>
        <source>[ID]</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <source>list takes no further arguments</source>
        <translation>list не принимает дополнительных аргументов</translation>
    </message>
    <message>
        <source>unknown action “%1”</source>
        <translation>неизвестное действие «%1»</translation>
    </message>
    <message>
        <source>%1 needs exactly one label ID</source>
        <translation>для %1 требуется ровно один идентификатор метки</translation>
    </message>
    <message>
        <source>label ID “%1” must be 1–64 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>идентификатор метки «%1» должен состоять из 1–64 строчных латинских букв, цифр, &apos;-&apos; или &apos;_&apos;</translation>
    </message>
    <message>
        <source>add needs --name</source>
        <translation>для add требуется --name</translation>
    </message>
    <message>
        <source>“%1” is a built-in label; choose another ID</source>
        <translation>«%1» — встроенная метка; выберите другой ID</translation>
    </message>
    <message>
        <source>“%1” is not a colour; use #RRGGBB</source>
        <translation>«%1» не является цветом; используйте формат #RRGGBB</translation>
    </message>
    <message>
        <source>“%1” is not one of your labels</source>
        <translation>«%1» нет среди ваших меток</translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <source>Link a region to a span of the article text and save the sidecar. Prints the text anchor&apos;s id and its code point range.</source>
        <translation>Связать область с фрагментом текста статьи и сохранить файл-компаньон. Выводит id фрагмента текста и его диапазон кодовых точек.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>The exact text; TEXT@N takes its N-th occurrence (from 1).</source>
        <translation>Точный текст; TEXT@N выбирает его N-е вхождение (начиная с 1).</translation>
    </message>
    <message>
        <source>A note on the text span itself (only when the span is new).</source>
        <translation>Заметка к самому фрагменту текста (только если фрагмент новый).</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>Файл статьи.</translation>
    </message>
    <message>
        <source>The region id (or a unique prefix).</source>
        <translation>Идентификатор области (или уникальный префикс).</translation>
    </message>
    <message>
        <source>--text is required</source>
        <translation>требуется --text</translation>
    </message>
    <message>
        <source>“%1” (occurrence %2) is not in the article text</source>
        <translation>«%1» (вхождение %2) отсутствует в тексте статьи</translation>
    </message>
    <message>
        <source>The region is already linked to this text; nothing changed.
</source>
        <translation>Область уже связана с этим текстом; ничего не изменено.
</translation>
    </message>
    <message>
        <source>Who is annotating (default: your name in Preferences, else $USER).</source>
        <translation>Кто выполняет аннотирование (по умолчанию: ваше имя в настройках, иначе $USER).</translation>
    </message>
</context>
<context>
    <name>MatchCommand</name>
    <message>
        <source>Compare two images: SHA-256, perceptual hashes and their distance (also with B mirrored), then align them with feature matching. Prints how B relates to A (identical, re-encoded, cropped, scaled, rotated, mirrored), the transform from B&apos;s pixels to A&apos;s, the scale and where B lies in A as a rectangle in A&apos;s pixels. Exit code 0 when they show the same picture, 1 when they do not, 2 when a file cannot be read.</source>
        <translation>Сравнить два изображения: SHA-256, перцептивные хеши и расстояние между ними (в том числе с зеркально отражённым B), затем выровнять их с помощью сопоставления признаков. Выводит, как B соотносится с A (идентично, перекодировано, кадрировано, масштабировано, повёрнуто, отражено), преобразование из пикселей B в пиксели A, масштаб и положение B внутри A в виде прямоугольника в пикселях A. Код выхода 0, если они показывают одно и то же изображение, 1 — если нет, 2 — если файл не удаётся прочитать.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-match/1, see docs/cli.md).</source>
        <translation>Вывести JSON (схема provena-match/1, см. docs/cli.md).</translation>
    </message>
    <message>
        <source>The reference image (e.g. the original).</source>
        <translation>Эталонное изображение (например, оригинал).</translation>
    </message>
    <message>
        <source>The other version (crop, re-encode …).</source>
        <translation>Другая версия (кадрирование, перекодирование …).</translation>
    </message>
</context>
<context>
    <name>MatchJson</name>
    <message>
        <source>%1 (%2): x %3, y %4, %5 × %6 in A&apos;s pixels; scale %7%8</source>
        <translation>%1 (%2): x %3, y %4, %5 × %6 в пикселях A; масштаб %7%8</translation>
    </message>
    <message>
        <source>, turned %1°</source>
        <translation>, поворот на %1°</translation>
    </message>
    <message>
        <source>Perceptual hash distance: %1 of 64 (mirrored: %2; above %3 means another picture)</source>
        <translation>Расстояние перцептивных хешей: %1 из 64 (с отражением: %2; больше %3 — другое изображение)</translation>
    </message>
    <message>
        <source>Feature matches: %1, agreeing on the alignment: %2</source>
        <translation>Совпадений признаков: %1, согласованных с выравниванием: %2</translation>
    </message>
    <message>
        <source>Transform (B to A, row-major):</source>
        <translation>Преобразование (B в A, по строкам):</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>(absent)</source>
        <translation>(отсутствует)</translation>
    </message>
    <message>
        <source>CONFLICT: %1 %2: ours %3, theirs %4 (base %5); kept ours
</source>
        <translation>КОНФЛИКТ: %1 %2: наша версия %3, их версия %4 (база %5); оставлена наша
</translation>
    </message>
    <message>
        <source>Three-way merge of two sidecars of the same article: annotations by id, their fields one by one. A field both sides changed differently keeps OURS and is marked on its annotation (mergeConflicts, needs review) with both values. Conflicts are reported on stderr. As git&apos;s merge driver: provena-cli git-setup.
Exit 0: merged cleanly; 1: merged with conflicts (the file is written and opens in Provena); 2: an input cannot be read as a sidecar, or the output cannot be written (nothing is written then).</source>
        <translation>Трёхстороннее слияние двух файлов-компаньонов одной статьи: аннотации сопоставляются по id, их поля — по одному. Поле, которое обе стороны изменили по-разному, сохраняет значение OURS и отмечается в своей аннотации (mergeConflicts, требует проверки) с обоими значениями. Конфликты выводятся в stderr. Настройка в качестве драйвера слияния git: provena-cli git-setup.
Код выхода 0: слияние без конфликтов; 1: слияние с конфликтами (файл записан и открывается в Provena); 2: входной файл не удаётся прочитать как файл-компаньон или не удаётся записать результат (в этом случае ничего не записывается).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Write the merged sidecar to FILE (atomically) instead of stdout.</source>
        <translation>Записать объединённый файл-компаньон в FILE (атомарно) вместо stdout.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Report the conflicts as JSON on stderr.</source>
        <translation>Вывести конфликты в формате JSON в stderr.</translation>
    </message>
    <message>
        <source>The common ancestor (an empty file when there is none).</source>
        <translation>Общий предок (пустой файл, если его нет).</translation>
    </message>
    <message>
        <source>Our version.</source>
        <translation>Наша версия.</translation>
    </message>
    <message>
        <source>Their version.</source>
        <translation>Их версия.</translation>
    </message>
    <message>
        <source>The sidecar</source>
        <translation>Файл-компаньон</translation>
    </message>
    <message>
        <source>Nothing was written.
</source>
        <translation>Ничего не записано.
</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s); the merged sidecar keeps ours and marks them for review in Provena.
</source>
        <translation>
            <numerusform>%n конфликт; в объединённом файле-компаньоне сохранена наша версия, а конфликты помечены для проверки в Provena.
</numerusform>
            <numerusform>%n конфликта; в объединённом файле-компаньоне сохранена наша версия, а конфликты помечены для проверки в Provena.
</numerusform>
            <numerusform>%n конфликтов; в объединённом файле-компаньоне сохранена наша версия, а конфликты помечены для проверки в Provena.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeConflictPanel</name>
    <message>
        <source>label</source>
        <translation>метка</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>сущность</translation>
    </message>
    <message>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <source>shape or text</source>
        <translation>форма или текст</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>уверенность</translation>
    </message>
</context>
<context>
    <name>MetadataCommand</name>
    <message>
        <source>Flags</source>
        <translation>Флаги</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>No provenance metadata (creator, credit, dates, camera …) in this image.</source>
        <translation>В этом изображении нет метаданных о происхождении (автор, указание источника, даты, камера …).</translation>
    </message>
    <message>
        <source>Print what an image&apos;s metadata (EXIF, IPTC, XMP and its XMP sidecar) says about its provenance: who made and released it, rights, dates, editing history, camera, location and document identifiers, each with its raw key; flags (C2PA manifest, thumbnail mismatch, metadata stripped, editing software) and warnings about damaged metadata.</source>
        <translation>Вывести сведения о происхождении из метаданных изображения (EXIF, IPTC, XMP и файла-компаньона XMP): кто создал и выпустил изображение, права, даты, история редактирования, камера, местоположение и идентификаторы документа — каждое с исходным ключом; флаги (манифест C2PA, несоответствие эскиза, удалённые метаданные, программы редактирования) и предупреждения о повреждённых метаданных.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-metadata/1, see docs/cli.md).</source>
        <translation>Вывести JSON (схема provena-metadata/1, см. docs/cli.md).</translation>
    </message>
    <message>
        <source>The image file (JPEG, PNG, TIFF …).</source>
        <translation>Файл изображения (JPEG, PNG, TIFF …).</translation>
    </message>
</context>
<context>
    <name>MetadataEvidence</name>
    <message>
        <source>Creator</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>Подпись (указание источника)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись к фото</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>Авторское право</translation>
    </message>
    <message>
        <source>Usage terms</source>
        <translation>Условия использования</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Дата съёмки</translation>
    </message>
    <message>
        <source>Date digitised</source>
        <translation>Дата оцифровки</translation>
    </message>
    <message>
        <source>Date modified</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <source>Date created (IPTC)</source>
        <translation>Дата создания (IPTC)</translation>
    </message>
    <message>
        <source>Editing history</source>
        <translation>История редактирования</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>Производитель камеры</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>Модель камеры</translation>
    </message>
    <message>
        <source>Camera serial number</source>
        <translation>Серийный номер камеры</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Объектив</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>ID документа</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID экземпляра</translation>
    </message>
    <message>
        <source>Original document ID</source>
        <translation>ID исходного документа</translation>
    </message>
    <message>
        <source>Derived from</source>
        <translation>Производное от</translation>
    </message>
    <message>
        <source>GPS latitude</source>
        <translation>Широта GPS</translation>
    </message>
    <message>
        <source>GPS longitude</source>
        <translation>Долгота GPS</translation>
    </message>
    <message>
        <source>GPS altitude</source>
        <translation>Высота GPS</translation>
    </message>
    <message>
        <source>Digital source type</source>
        <translation>Тип цифрового источника</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Location shown</source>
        <translation>Изображённое место</translation>
    </message>
    <message>
        <source>xmpMM:History has %1 entries; only the first %2 are listed.</source>
        <translation>xmpMM:History содержит записей: %1; показаны только первые %2.</translation>
    </message>
    <message>
        <source>%1 is not a valid GPS value (“%2”); it is left out.</source>
        <translation>%1 не является допустимым значением GPS («%2»); оно пропущено.</translation>
    </message>
    <message>
        <source>The XMP GPS position could not be read: %1</source>
        <translation>Не удалось прочитать положение GPS из XMP: %1</translation>
    </message>
    <message>
        <source>The image has no EXIF metadata at all: typical of a copy that a website re-encoded or that was scrubbed. Its absence proves nothing by itself, but there is no camera record to check.</source>
        <translation>В изображении вообще нет метаданных EXIF: это типично для копии, перекодированной веб-сайтом или очищенной. Само по себе их отсутствие ничего не доказывает, но проверить данные камеры невозможно.</translation>
    </message>
    <message>
        <source>%1 names editing software, %2: “%3”.</source>
        <translation>%1 называет программу редактирования, %2: «%3».</translation>
    </message>
</context>
<context>
    <name>MetadataReader</name>
    <message>
        <source>%1 has %2 values; only the first %3 are kept.</source>
        <translation>%1 содержит значений: %2; сохранены только первые %3.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; only the first %3 are kept.</source>
        <translation>%1: длина %2 символов; сохранены только первые %3.</translation>
    </message>
    <message>
        <source>%1 is too long to show whole; it is cut after %2 characters.</source>
        <translation>%1: значение слишком длинное для полного отображения; обрезано после %2 символов.</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes of binary data)</source>
        <translation>
            <numerusform>(%n байт двоичных данных)</numerusform>
            <numerusform>(%n байта двоичных данных)</numerusform>
            <numerusform>(%n байт двоичных данных)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the metadata of “%1”: the file is damaged or not an image format Provena knows.</source>
        <translation>Не удалось прочитать метаданные «%1»: файл повреждён или его формат неизвестен Provena.</translation>
    </message>
    <message>
        <source>Could not open “%1” to read its %2. %3</source>
        <translation>Не удалось открыть «%1» для чтения (%2). %3</translation>
    </message>
    <message>
        <source>Could not read the XMP sidecar “%1”: it is not valid XMP. Fix or remove the sidecar to see the image&apos;s own metadata.</source>
        <translation>Не удалось прочитать файл-компаньон XMP «%1»: это недопустимый XMP. Исправьте или удалите файл-компаньон, чтобы увидеть собственные метаданные изображения.</translation>
    </message>
    <message>
        <source>The EXIF thumbnail is %1 bytes, more than any real one; it is not compared with the image.</source>
        <translation>Размер эскиза EXIF — %1 байт, больше, чем у любого настоящего эскиза; он не сравнивается с изображением.</translation>
    </message>
    <message>
        <source>The EXIF thumbnail could not be read: %1</source>
        <translation>Не удалось прочитать эскиз EXIF: %1</translation>
    </message>
    <message>
        <source>The metadata is damaged (%1); only what comes before the damage is shown.</source>
        <translation>Метаданные повреждены (%1); показано только то, что предшествует повреждению.</translation>
    </message>
    <message>
        <source>The file carries a C2PA manifest store (%1): its content credentials can be checked with a C2PA validator such as c2patool.</source>
        <translation>Файл содержит хранилище манифестов C2PA (%1): его учётные данные контента (content credentials) можно проверить валидатором C2PA, например c2patool.</translation>
    </message>
    <message>
        <source>Exiv2 skipped damaged metadata: %1</source>
        <translation>Exiv2 пропустил повреждённые метаданные: %1</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>метаданные</translation>
    </message>
    <message>
        <source>XMP sidecar</source>
        <translation>файл-компаньон XMP</translation>
    </message>
</context>
<context>
    <name>OutlineSnap</name>
    <message>
        <source>No outline found in the region on “%1”: nothing inside it stands apart from its surroundings. Draw the rectangle closer around one object.</source>
        <translation>В области на «%1» не найден контур: ничто внутри неё не выделяется на фоне окружения. Нарисуйте прямоугольник плотнее вокруг одного объекта.</translation>
    </message>
    <message>
        <source>The region on “%1” is too small or outside the image to snap to an outline.</source>
        <translation>Область на «%1» слишком мала или находится вне изображения, поэтому её нельзя привязать к контуру.</translation>
    </message>
    <message>
        <source>Snapping the region on “%1” to an outline failed.</source>
        <translation>Не удалось привязать область на «%1» к контуру.</translation>
    </message>
    <message>
        <source>Not enough memory to snap the region on “%1” to an outline.</source>
        <translation>Недостаточно памяти для привязки области на «%1» к контуру.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>text %1–%2 “%3”</source>
        <translation>текст %1–%2 «%3»</translation>
    </message>
    <message>
        <source>metadata %1 = %2</source>
        <translation>метаданные %1 = %2</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>изображение %1</translation>
    </message>
    <message>
        <source>image version %1</source>
        <translation>версия изображения %1</translation>
    </message>
    <message>
        <source>URL %1</source>
        <translation>URL %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>примечание: %1</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Releasing agency</source>
        <translation>Выпустившее агентство</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Распространитель</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Republisher</source>
        <translation>Перепубликатор</translation>
    </message>
    <message>
        <source>Editor or cropper</source>
        <translation>Редактор или автор кадрирования</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>Подпись (указание источника)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Rights and usage terms</source>
        <translation>Права и условия использования</translation>
    </message>
    <message>
        <source>Digital source type</source>
        <translation>Тип цифрового источника</translation>
    </message>
    <message>
        <source>Date created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <source>Date released</source>
        <translation>Дата выпуска</translation>
    </message>
    <message>
        <source>Location shown</source>
        <translation>Изображённое место</translation>
    </message>
    <message>
        <source>Derived from</source>
        <translation>Производное от</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Выпущено</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Распространено</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Republished</source>
        <translation>Перепубликовано</translation>
    </message>
    <message>
        <source>Cropped or edited</source>
        <translation>Кадрировано или отредактировано</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Provenance: is this the original?</source>
        <translation>Происхождение: это оригинал?</translation>
    </message>
    <message>
        <source>Source: who captured it?</source>
        <translation>Источник: кто это снял?</translation>
    </message>
    <message>
        <source>Date: when was it captured?</source>
        <translation>Дата: когда это снято?</translation>
    </message>
    <message>
        <source>Location: where was it captured?</source>
        <translation>Место: где это снято?</translation>
    </message>
    <message>
        <source>Motivation: why was it captured and released?</source>
        <translation>Мотивация: зачем это снято и выпущено?</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Подтверждает</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>Противоречит</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Нет однозначного вывода</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>Corroborated</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Оспорено</translation>
    </message>
    <message>
        <source>Manipulated</source>
        <translation>Подвергнуто манипуляции</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>Инсценировано</translation>
    </message>
    <message>
        <source>Miscaptioned</source>
        <translation>С неверной подписью</translation>
    </message>
</context>
<context>
    <name>ProvenanceBadge</name>
    <message>
        <source>S</source>
        <comment>badge mark for a staged photo</comment>
        <translation>И</translation>
    </message>
    <message>
        <source>C</source>
        <comment>badge mark for a miscaptioned photo</comment>
        <translation>П</translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation>Вердикта пока нет</translation>
    </message>
    <message>
        <source> (confidence %1 %)</source>
        <translation> (уверенность %1 %)</translation>
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
        <translation>неизвестная роль утверждения «%1»; допустимые роли: %2</translation>
    </message>
    <message>
        <source>unknown pillar “%1”; the pillars are: %2</source>
        <translation>неизвестный аспект «%1»; допустимые аспекты: %2</translation>
    </message>
    <message>
        <source>unknown assessment status “%1”; the statuses are: %2</source>
        <translation>неизвестный статус оценки «%1»; допустимые статусы: %2</translation>
    </message>
    <message>
        <source>unknown verdict “%1”; the verdicts are: %2</source>
        <translation>неизвестный вердикт «%1»; допустимые вердикты: %2</translation>
    </message>
    <message>
        <source>confidence “%1” is not a number from 0 to 1</source>
        <translation>уверенность «%1» не является числом от 0 до 1</translation>
    </message>
    <message>
        <source>date range “%1” ends before it starts</source>
        <translation>диапазон дат «%1» заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>date “%1” is not an ISO 8601 date (2025-08-13), date-time (2025-08-13T10:42:00Z) or range of them (2025-08-12/2025-08-13)</source>
        <translation>дата «%1» не является датой ISO 8601 (2025-08-13), датой и временем (2025-08-13T10:42:00Z) или их диапазоном (2025-08-12/2025-08-13)</translation>
    </message>
    <message>
        <source>“%1” is not an absolute URL (such as https://example.org/photo.jpg)</source>
        <translation>«%1» не является абсолютным URL (например, https://example.org/photo.jpg)</translation>
    </message>
    <message>
        <source>evidence “%1” is not KIND:VALUE; the kinds are text:START-END, text:QUOTE[@N], metadata:KEY=VALUE, image:N, url:URL, note:TEXT</source>
        <translation>свидетельство «%1» не имеет вид KIND:VALUE; допустимые виды: text:START-END, text:QUOTE[@N], metadata:KEY=VALUE, image:N, url:URL, note:TEXT</translation>
    </message>
    <message>
        <source>evidence “%1”: the article text has %2 code points; give START-END with START &lt; END ≤ %2</source>
        <translation>свидетельство «%1»: число кодовых точек в тексте статьи — %2; укажите START-END, где START &lt; END ≤ %2</translation>
    </message>
    <message>
        <source>evidence “%1”: “%2” (occurrence %3) is not in the article text</source>
        <translation>свидетельство «%1»: «%2» (вхождение %3) отсутствует в тексте статьи</translation>
    </message>
    <message>
        <source>evidence “%1”: give metadata:KEY=VALUE, e.g. metadata:Exif.Image.Artist=Jane Roe</source>
        <translation>свидетельство «%1»: укажите metadata:KEY=VALUE, например metadata:Exif.Image.Artist=Jane Roe</translation>
    </message>
    <message numerus="yes">
        <source>evidence “%1”: image %2 does not exist: the article has %n image(s)</source>
        <translation>
            <numerusform>свидетельство «%1»: изображения %2 не существует: в статье %n изображение</numerusform>
            <numerusform>свидетельство «%1»: изображения %2 не существует: в статье %n изображения</numerusform>
            <numerusform>свидетельство «%1»: изображения %2 не существует: в статье %n изображений</numerusform>
        </translation>
    </message>
    <message>
        <source>evidence “%1”: %2</source>
        <translation>свидетельство «%1»: %2</translation>
    </message>
    <message>
        <source>evidence “%1”: the note is empty</source>
        <translation>свидетельство «%1»: заметка пуста</translation>
    </message>
    <message>
        <source>evidence “%1” is not KIND:VALUE</source>
        <translation>свидетельство «%1» не имеет вид KIND:VALUE</translation>
    </message>
    <message>
        <source>“%1” is not a claim or suggestion id: give the id or its first %2 or more hex digits</source>
        <translation>«%1» не является идентификатором утверждения или предложения: укажите id или не менее %2 его первых шестнадцатеричных цифр</translation>
    </message>
    <message>
        <source>no claim or suggestion has the id “%1”; `provena-cli provenance ARTICLE` lists the claims and --suggest the suggestions</source>
        <translation>нет утверждения или предложения с id «%1»; `provena-cli provenance ARTICLE` выводит список утверждений, а с --suggest — предложений</translation>
    </message>
    <message>
        <source>%1 (image %2)</source>
        <translation>%1 (изображение %2)</translation>
    </message>
    <message>
        <source>the id prefix “%1” is ambiguous: it matches %2; give more digits</source>
        <translation>префикс id «%1» неоднозначен: ему соответствуют %2; укажите больше цифр</translation>
    </message>
    <message>
        <source>--image takes a number, from 1</source>
        <translation>--image принимает номер, начиная с 1</translation>
    </message>
    <message>
        <source>--%1 goes with --claim ROLE</source>
        <translation>--%1 используется вместе с --claim ROLE</translation>
    </message>
    <message>
        <source>--claim %1 takes --agent NAME (not --value)</source>
        <translation>--claim %1 принимает --agent NAME (а не --value)</translation>
    </message>
    <message>
        <source>--claim %1 takes --date D (not --agent or --value)</source>
        <translation>--claim %1 принимает --date D (а не --agent или --value)</translation>
    </message>
    <message>
        <source>--claim %1 takes --value TEXT (not --agent)</source>
        <translation>--claim %1 принимает --value TEXT (а не --agent)</translation>
    </message>
    <message>
        <source>--assess PILLAR STATUS: the STATUS is missing; the statuses are: %1</source>
        <translation>--assess PILLAR STATUS: не указан STATUS; допустимые статусы: %1</translation>
    </message>
    <message>
        <source>unexpected argument “%1” (only --assess PILLAR STATUS takes a second argument)</source>
        <translation>непредвиденный аргумент «%1» (второй аргумент принимает только --assess PILLAR STATUS)</translation>
    </message>
    <message>
        <source>--note goes with --assess PILLAR STATUS</source>
        <translation>--note используется вместе с --assess PILLAR STATUS</translation>
    </message>
    <message>
        <source>--evidence goes with one of --claim and --assess; give them in separate runs</source>
        <translation>--evidence используется только с одним из параметров --claim и --assess; укажите их в отдельных запусках</translation>
    </message>
    <message>
        <source>--evidence goes with --claim or --assess</source>
        <translation>--evidence используется вместе с --claim или --assess</translation>
    </message>
    <message>
        <source>--confidence and --rationale go with --verdict VERDICT</source>
        <translation>--confidence и --rationale используются вместе с --verdict VERDICT</translation>
    </message>
    <message numerus="yes">
        <source>image %1 does not exist: the article has %n image(s)</source>
        <translation>
            <numerusform>изображения %1 не существует: в статье %n изображение</numerusform>
            <numerusform>изображения %1 не существует: в статье %n изображения</numerusform>
            <numerusform>изображения %1 не существует: в статье %n изображений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--claim, --assess and --verdict are about one image: give --image N (the article has %n image(s))</source>
        <translation>
            <numerusform>--claim, --assess и --verdict относятся к одному изображению: укажите --image N (в статье %n изображение)</numerusform>
            <numerusform>--claim, --assess и --verdict относятся к одному изображению: укажите --image N (в статье %n изображения)</numerusform>
            <numerusform>--claim, --assess и --verdict относятся к одному изображению: укажите --image N (в статье %n изображений)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what is recorded about where each image of the article comes from (claims with their evidence, the chain of custody, the five verification pillars, the verdict), or with --suggest what Provena proposes from the caption, credit, byline, site and the image&apos;s metadata. The other options change the record and save the sidecar, all in one step; what changed is printed after the save. Names of roles, statuses, pillars and verdicts are those of --json (docs/cli.md, &quot;provenance&quot;).</source>
        <translation>Показать, что записано о происхождении каждого изображения статьи (утверждения со свидетельствами, цепочка хранения, пять аспектов проверки, вердикт), либо с --suggest — что Provena предлагает на основе подписи к фото, указания источника, авторской строки, сайта и метаданных изображения. Остальные параметры изменяют запись и сохраняют файл-компаньон за один шаг; после сохранения выводится то, что изменилось. Названия ролей, статусов, аспектов и вердиктов совпадают с используемыми в --json (docs/cli.md, &quot;provenance&quot;).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Only image N (from 1, in article order).</source>
        <translation>Только изображение N (начиная с 1, в порядке статьи).</translation>
    </message>
    <message>
        <source>Print JSON (after the save, the record as it now is).</source>
        <translation>Вывести JSON (после сохранения — запись в её текущем виде).</translation>
    </message>
    <message>
        <source>List suggestions with their ids, evidence, reason and conflicts.</source>
        <translation>Вывести список предложений с их id, свидетельствами, обоснованием и конфликтами.</translation>
    </message>
    <message>
        <source>Accept a suggestion (recorded as an accepted claim) or a recorded claim, by id or unique prefix of 8+ hex digits. Repeatable.</source>
        <translation>Принять предложение (записывается как принятое утверждение) или записанное утверждение — по id или уникальному префиксу из 8 и более шестнадцатеричных цифр. Можно повторять.</translation>
    </message>
    <message>
        <source>Reject a suggestion (remembered: not proposed again) or a recorded claim. Repeatable.</source>
        <translation>Отклонить предложение (запоминается: больше не предлагается) или записанное утверждение. Можно повторять.</translation>
    </message>
    <message>
        <source>Mark a claim (or a suggestion) as disputed. Repeatable.</source>
        <translation>Пометить утверждение (или предложение) как оспариваемое. Можно повторять.</translation>
    </message>
    <message>
        <source>Remove a recorded claim. Repeatable.</source>
        <translation>Удалить записанное утверждение. Можно повторять.</translation>
    </message>
    <message>
        <source>Accept every suggestion from ORIGIN (caption, credit, release, byline, site, metadata); ids given to --reject or --dispute are left out.</source>
        <translation>Принять все предложения из ORIGIN (caption, credit, release, byline, site, metadata); id, переданные в --reject или --dispute, пропускаются.</translation>
    </message>
    <message>
        <source>Reject every suggestion from ORIGIN; ids given to --accept or --dispute are left out.</source>
        <translation>Отклонить все предложения из ORIGIN; id, переданные в --accept или --dispute, пропускаются.</translation>
    </message>
    <message>
        <source>Record a claim with this role: %1.</source>
        <translation>Записать утверждение с этой ролью: %1.</translation>
    </message>
    <message>
        <source>Who (for creator … editor); agencies Provena knows are resolved (KCNA → Korean Central News Agency), other names are kept as written.</source>
        <translation>Кто (для ролей от creator до editor); известные Provena агентства распознаются (KCNA → Korean Central News Agency), остальные имена сохраняются как написаны.</translation>
    </message>
    <message>
        <source>What (for credit-line, source, rights, digital-source-type, location-shown).</source>
        <translation>Что (для credit-line, source, rights, digital-source-type, location-shown).</translation>
    </message>
    <message>
        <source>ISO 8601 date, date-time or range A/B.</source>
        <translation>Дата ISO 8601, дата и время или диапазон A/B.</translation>
    </message>
    <message>
        <source>Where the agent published it.</source>
        <translation>Где агент опубликовал изображение.</translation>
    </message>
    <message>
        <source>Evidence for --claim or --assess: text:START-END (code points), text:QUOTE[@N], metadata:KEY=VALUE, image:N, url:URL or note:TEXT. Repeatable.</source>
        <translation>Свидетельство для --claim или --assess: text:START-END (кодовые точки), text:QUOTE[@N], metadata:KEY=VALUE, image:N, url:URL или note:TEXT. Можно повторять.</translation>
    </message>
    <message>
        <source>Assess a pillar: --assess PILLAR STATUS. Pillars: %1; statuses: %2.</source>
        <translation>Оценить аспект: --assess PILLAR STATUS. Аспекты: %1; статусы: %2.</translation>
    </message>
    <message>
        <source>A note on the assessment.</source>
        <translation>Заметка к оценке.</translation>
    </message>
    <message>
        <source>Set the verdict: %1.</source>
        <translation>Установить вердикт: %1.</translation>
    </message>
    <message>
        <source>How sure the verdict is, 0 to 1.</source>
        <translation>Степень уверенности в вердикте, от 0 до 1.</translation>
    </message>
    <message>
        <source>Why the verdict.</source>
        <translation>Обоснование вердикта.</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>Файл статьи.</translation>
    </message>
    <message>
        <source>The status, after --assess PILLAR.</source>
        <translation>Статус, после --assess PILLAR.</translation>
    </message>
    <message>
        <source>warning: your agency list was not read, only the built-in one is used: %1
</source>
        <translation>предупреждение: ваш список агентств не прочитан, используется только встроенный: %1
</translation>
    </message>
    <message>
        <source>warning: image %1: metadata: %2
</source>
        <translation>предупреждение: изображение %1: метаданные: %2
</translation>
    </message>
    <message>
        <source>warning: image %1: its metadata could not be read, so nothing is suggested from it: %2
</source>
        <translation>предупреждение: изображение %1: не удалось прочитать его метаданные, поэтому предложения на их основе не формируются: %2
</translation>
    </message>
    <message>
        <source>--remove-claim %1: that is a suggestion, not a recorded claim; --reject it so that it is not proposed again</source>
        <translation>--remove-claim %1: это предложение, а не записанное утверждение; отклоните его с помощью --reject, чтобы оно больше не предлагалось</translation>
    </message>
    <message>
        <source>%1 is given to two of --accept, --reject, --dispute and --remove-claim</source>
        <translation>%1 передан сразу двум из параметров --accept, --reject, --dispute и --remove-claim</translation>
    </message>
    <message>
        <source>--%1: unknown origin “%2”; the origins are: %3</source>
        <translation>--%1: неизвестный источник «%2»; допустимые источники: %3</translation>
    </message>
    <message>
        <source>--%1: there is no suggestion from “%2”.
</source>
        <translation>--%1: нет предложений из «%2».
</translation>
    </message>
    <message>
        <source>“%1” is given to both --accept-all-from and --reject-all-from</source>
        <translation>«%1» передан и в --accept-all-from, и в --reject-all-from</translation>
    </message>
    <message>
        <source>The record already says so; nothing changed.
</source>
        <translation>Запись уже содержит эти сведения; ничего не изменено.
</translation>
    </message>
    <message>
        <source>Who is annotating (default: your name in Preferences, else $USER).</source>
        <translation>Кто выполняет аннотирование (по умолчанию: ваше имя в настройках, иначе $USER).</translation>
    </message>
</context>
<context>
    <name>ProvenanceSuggester</name>
    <message>
        <source>%1 says %2, more than a day away from the caption&apos;s %3.</source>
        <translation>%1: %2 — расходится с датой в подписи к фото (%3) более чем на сутки.</translation>
    </message>
    <message>
        <source>The caption&apos;s credit line reads “%1”.</source>
        <translation>Строка указания источника в подписи к фото: «%1».</translation>
    </message>
    <message>
        <source>The credit names %1 as the photographer.</source>
        <translation>Указание источника называет фотографом %1.</translation>
    </message>
    <message>
        <source>The credit names %1 as the photographer&apos;s agency.</source>
        <translation>Указание источника называет %1 агентством фотографа.</translation>
    </message>
    <message>
        <source>The credit says %1 provided the photo.</source>
        <translation>Указание источника называет %1 поставщиком фотографии.</translation>
    </message>
    <message>
        <source>The credit names %1 as the source of the photo.</source>
        <translation>Указание источника называет %1 источником фотографии.</translation>
    </message>
    <message>
        <source>The credit puts the photo under %1&apos;s mark.</source>
        <translation>В указании источника фотография помечена маркой %1.</translation>
    </message>
    <message>
        <source>The credit names %1 first, as the agency that made the photo.</source>
        <translation>Указание источника называет первым %1 — агентство, создавшее фотографию.</translation>
    </message>
    <message>
        <source>The credit names %1 after the photo&apos;s maker, as its distributor.</source>
        <translation>Указание источника называет %1 после автора фотографии — как её распространителя.</translation>
    </message>
    <message>
        <source>The credit says the photo is courtesy of %1.</source>
        <translation>Согласно указанию источника, фотография любезно предоставлена источником %1.</translation>
    </message>
    <message>
        <source>The credit marks it as a pool photo.</source>
        <translation>Указание источника помечает её как фотографию пула.</translation>
    </message>
    <message>
        <source>The credit says the photo came via %1.</source>
        <translation>Согласно указанию источника, фотография получена через %1.</translation>
    </message>
    <message>
        <source>The caption says %1 released the photo.</source>
        <translation>Согласно подписи к фото, фотография выпущена источником %1.</translation>
    </message>
    <message>
        <source>The caption says %1, state media, distributed the photo.</source>
        <translation>Согласно подписи к фото, фотографию распространило государственное СМИ %1.</translation>
    </message>
    <message>
        <source>The caption says %1 distributed the photo.</source>
        <translation>Согласно подписи к фото, фотография распространена источником %1.</translation>
    </message>
    <message>
        <source>The caption says the handout came via %1.</source>
        <translation>Согласно подписи к фото, фотография пресс-службы (handout) получена через %1.</translation>
    </message>
    <message>
        <source>The caption says the photo is a handout from %1.</source>
        <translation>Согласно подписи к фото, это фотография пресс-службы (handout), предоставленная источником %1.</translation>
    </message>
    <message>
        <source>The caption says the photo came via %1.</source>
        <translation>Согласно подписи к фото, фотография получена через %1.</translation>
    </message>
    <message>
        <source>The caption says the pool photo came via %1.</source>
        <translation>Согласно подписи к фото, фотография пула получена через %1.</translation>
    </message>
    <message>
        <source>The caption says %1 took the pool photo.</source>
        <translation>Согласно подписи к фото, автор фотографии пула — %1.</translation>
    </message>
    <message>
        <source>The caption says the photo is courtesy of %1.</source>
        <translation>Согласно подписи к фото, фотография любезно предоставлена источником %1.</translation>
    </message>
    <message>
        <source>The caption says %1 released the photo on %2.</source>
        <translation>Согласно подписи к фото, фотография выпущена источником %1 (дата: %2).</translation>
    </message>
    <message>
        <source>The caption dates the scene to %1.</source>
        <translation>Подпись к фото относит снятую сцену к дате %1.</translation>
    </message>
    <message>
        <source>The byline names %1.</source>
        <translation>В авторской строке указано: %1.</translation>
    </message>
    <message>
        <source>The reporter&apos;s address is at %1, a host of %2.</source>
        <translation>Адрес репортёра находится на %1 — это хост источника %2.</translation>
    </message>
    <message>
        <source>The image is served from %1, a host of %2.</source>
        <translation>Изображение размещено на %1 — это хост источника %2.</translation>
    </message>
    <message>
        <source>The image&apos;s metadata (%1) names %2 as its creator.</source>
        <translation>Метаданные изображения (%1) называют %2 его автором.</translation>
    </message>
    <message>
        <source>The image&apos;s metadata (%1) gives the %2.</source>
        <translation>Метаданные изображения (%1) указывают %2.</translation>
    </message>
    <message>
        <source>The image&apos;s metadata names the city and country.</source>
        <translation>Метаданные изображения указывают город и страну.</translation>
    </message>
    <message>
        <source>The image&apos;s metadata (%1) says it was taken on %2.</source>
        <translation>Согласно метаданным изображения (%1), дата съёмки: %2.</translation>
    </message>
    <message>
        <source>the metadata field %1</source>
        <translation>поле метаданных %1</translation>
    </message>
    <message>
        <source>the metadata</source>
        <translation>метаданные</translation>
    </message>
    <message>
        <source>the credit</source>
        <translation>указание источника</translation>
    </message>
    <message>
        <source>the caption</source>
        <translation>подпись к фото</translation>
    </message>
    <message>
        <source>the byline</source>
        <translation>авторская строка</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>сайт</translation>
    </message>
    <message>
        <source>%1 says %2; %3 says %4.</source>
        <translation>%1: %2; %3: %4.</translation>
    </message>
    <message>
        <source>%1 says %2; the accepted claim says %3.</source>
        <translation>%1: %2; принятое утверждение: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n more disagree.</source>
        <translation>
            <numerusform>Не согласен ещё %n источник.</numerusform>
            <numerusform>Не согласны ещё %n источника.</numerusform>
            <numerusform>Не согласны ещё %n источников.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionClipboard</name>
    <message numerus="yes">
        <source>%n Provena region(s):</source>
        <translation>
            <numerusform>%n область Provena:</numerusform>
            <numerusform>%n области Provena:</numerusform>
            <numerusform>%n областей Provena:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionCommand</name>
    <message>
        <source>expected X,Y,W,H with positive W and H</source>
        <translation>ожидается X,Y,W,H с положительными W и H</translation>
    </message>
    <message>
        <source>expected x1,y1,x2,y2,… with at least %1 points</source>
        <translation>ожидается x1,y1,x2,y2,… — не менее %1 точек</translation>
    </message>
    <message>
        <source>expected X,Y</source>
        <translation>ожидается X,Y</translation>
    </message>
    <message>
        <source>unknown shape “%1”; use rect, ellipse, polygon, polyline or point</source>
        <translation>неизвестная форма «%1»; используйте rect, ellipse, polygon, polyline или point</translation>
    </message>
    <message>
        <source>confidence “%1” is not a number from 0 to 1 (or “none”)</source>
        <translation>уверенность «%1» не является числом от 0 до 1 (или «none»)</translation>
    </message>
    <message numerus="yes">
        <source>image %1 does not exist: the article has %n image(s)</source>
        <translation>
            <numerusform>изображения %1 не существует: в статье %n изображение</numerusform>
            <numerusform>изображения %1 не существует: в статье %n изображения</numerusform>
            <numerusform>изображения %1 не существует: в статье %n изображений</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown label “%1”; known labels (id or name): %2</source>
        <translation>неизвестная метка «%1»; известные метки (id или название): %2</translation>
    </message>
    <message>
        <source>image %1: %2</source>
        <translation>изображение %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>недопустимый JSON: %1</translation>
    </message>
    <message>
        <source>not valid at %1: %2</source>
        <translation>ошибка в позиции %1: %2</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>байт %1</translation>
    </message>
    <message>
        <source>expected a JSON array of regions</source>
        <translation>ожидается JSON-массив областей</translation>
    </message>
    <message>
        <source>expected a region object</source>
        <translation>ожидается объект области</translation>
    </message>
    <message>
        <source>“image” must be an image number, from 1</source>
        <translation>«image» должно быть номером изображения, начиная с 1</translation>
    </message>
    <message>
        <source>“shape” must be rectangle, ellipse, polygon, polyline or point</source>
        <translation>«shape» должно быть rectangle, ellipse, polygon, polyline или point</translation>
    </message>
    <message>
        <source>“points” must be an array of [x, y] number pairs</source>
        <translation>«points» должно быть массивом пар чисел [x, y]</translation>
    </message>
    <message>
        <source>a %1 has two points: its top-left and bottom-right corners</source>
        <translation>у фигуры %1 две точки: левый верхний и правый нижний углы</translation>
    </message>
    <message>
        <source>a point has exactly one [x, y]</source>
        <translation>у точки ровно одна пара [x, y]</translation>
    </message>
    <message>
        <source>“label” must be a label id or name</source>
        <translation>«label» должно быть id или названием метки</translation>
    </message>
    <message>
        <source>“note”, “entity” and “identifier” must be strings</source>
        <translation>«note», «entity» и «identifier» должны быть строками</translation>
    </message>
    <message>
        <source>“confidence” must be a number from 0 to 1, or null</source>
        <translation>«confidence» должно быть числом от 0 до 1 или null</translation>
    </message>
    <message>
        <source>links[%1]: “%2” is not in the article text</source>
        <translation>links[%1]: «%2» отсутствует в тексте статьи</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>предупреждение: %1
</translation>
    </message>
    <message>
        <source>Add a region to an image of the article and save the sidecar. Exactly one shape option. Coordinates are image pixels (after EXIF orientation), origin top-left. Prints the new region&apos;s id.
With --from-json FILE, adds every region of FILE (a JSON array of region objects as `region list --json` prints them; - reads standard input) in one step and one save, or none of them when one is not valid; prints the new ids, one per line.</source>
        <translation>Добавить область на изображение статьи и сохранить файл-компаньон. Нужен ровно один параметр формы. Координаты задаются в пикселях изображения (после применения EXIF-ориентации), начало координат — в левом верхнем углу. Выводит id новой области.
С --from-json FILE добавляет все области из FILE (JSON-массив объектов областей в том виде, в каком их выводит `region list --json`; - читает стандартный ввод) за один шаг и одно сохранение — или ни одной, если хотя бы одна недопустима; выводит новые id по одному на строку.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Image number, from 1 in article order.</source>
        <translation>Номер изображения, начиная с 1, в порядке статьи.</translation>
    </message>
    <message>
        <source>Rectangle X,Y,W,H.</source>
        <translation>Прямоугольник X,Y,W,H.</translation>
    </message>
    <message>
        <source>Ellipse in the box X,Y,W,H.</source>
        <translation>Эллипс в рамке X,Y,W,H.</translation>
    </message>
    <message>
        <source>Polygon x1,y1,x2,y2,… (3+ points).</source>
        <translation>Многоугольник x1,y1,x2,y2,… (3+ точки).</translation>
    </message>
    <message>
        <source>Polyline x1,y1,x2,y2,… (2+ points).</source>
        <translation>Ломаная x1,y1,x2,y2,… (2+ точки).</translation>
    </message>
    <message>
        <source>Point X,Y.</source>
        <translation>Точка X,Y.</translation>
    </message>
    <message>
        <source>Label id or name, e.g. person or &quot;Flag or insignia&quot;.</source>
        <translation>Id или название метки, например person или &quot;Flag or insignia&quot;.</translation>
    </message>
    <message>
        <source>A note on the region.</source>
        <translation>Заметка к области.</translation>
    </message>
    <message>
        <source>Who or what the region shows.</source>
        <translation>Кто или что показано в области.</translation>
    </message>
    <message>
        <source>An IRI identifying the entity, e.g. a Wikidata entity URL.</source>
        <translation>IRI, идентифицирующий сущность, например URL сущности Wikidata.</translation>
    </message>
    <message>
        <source>How sure you are, 0 to 1.</source>
        <translation>Степень вашей уверенности, от 0 до 1.</translation>
    </message>
    <message>
        <source>Link the region to this text of the article; TEXT@N takes the N-th occurrence. Repeatable.</source>
        <translation>Связать область с этим текстом статьи; TEXT@N выбирает N-е вхождение. Можно повторять.</translation>
    </message>
    <message>
        <source>Add the regions of this JSON file (- for standard input).</source>
        <translation>Добавить области из этого JSON-файла (- для стандартного ввода).</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>Файл статьи.</translation>
    </message>
    <message>
        <source>--from-json takes the regions from the file; --%1 cannot be combined with it</source>
        <translation>--from-json берёт области из файла; --%1 нельзя использовать вместе с ним</translation>
    </message>
    <message>
        <source>give exactly one of --rect, --ellipse, --polygon, --polyline, --point</source>
        <translation>укажите ровно один из параметров --rect, --ellipse, --polygon, --polyline, --point</translation>
    </message>
    <message>
        <source>--image N is required</source>
        <translation>требуется --image N</translation>
    </message>
    <message>
        <source>--label is required</source>
        <translation>требуется --label</translation>
    </message>
    <message>
        <source>--image takes a number, from 1</source>
        <translation>--image принимает номер, начиная с 1</translation>
    </message>
    <message>
        <source>“%1” (occurrence %2) is not in the article text</source>
        <translation>«%1» (вхождение %2) отсутствует в тексте статьи</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <source>%1: cannot read: %2
</source>
        <translation>%1: не удаётся прочитать: %2
</translation>
    </message>
    <message>
        <source>%1: more than %2 MiB of regions; pass them in smaller batches
</source>
        <translation>%1: объём областей больше %2 МиБ; передавайте их меньшими порциями
</translation>
    </message>
    <message>
        <source>The regions file</source>
        <translation>Файл областей</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)
</source>
        <translation>
            <numerusform>… и ещё %n проблема
</numerusform>
            <numerusform>… и ещё %n проблемы
</numerusform>
            <numerusform>… и ещё %n проблем
</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added.
</source>
        <translation>Ничего не добавлено.
</translation>
    </message>
    <message>
        <source>%1: no regions; nothing was added.
</source>
        <translation>%1: нет областей; ничего не добавлено.
</translation>
    </message>
    <message>
        <source>List the regions of an article&apos;s sidecar.</source>
        <translation>Вывести список областей из файла-компаньона статьи.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>Change a region&apos;s label, note, entity, confidence or shape and save the sidecar. Only what is given changes; an empty value clears a note, entity or identifier, --confidence none clears the confidence. Prints the region&apos;s id.</source>
        <translation>Изменить метку, заметку, сущность, уверенность или форму области и сохранить файл-компаньон. Изменяется только то, что указано; пустое значение очищает заметку, сущность или идентификатор, --confidence none очищает уверенность. Выводит id области.</translation>
    </message>
    <message>
        <source>Label id or name.</source>
        <translation>Id или название метки.</translation>
    </message>
    <message>
        <source>The region&apos;s note.</source>
        <translation>Заметка к области.</translation>
    </message>
    <message>
        <source>An IRI identifying the entity.</source>
        <translation>IRI, идентифицирующий сущность.</translation>
    </message>
    <message>
        <source>0 to 1, or none.</source>
        <translation>От 0 до 1 или none.</translation>
    </message>
    <message>
        <source>A new shape: rect=X,Y,W,H, ellipse=X,Y,W,H, polygon=x1,y1,…, polyline=x1,y1,… or point=X,Y.</source>
        <translation>Новая форма: rect=X,Y,W,H, ellipse=X,Y,W,H, polygon=x1,y1,…, polyline=x1,y1,… или point=X,Y.</translation>
    </message>
    <message>
        <source>The region id (or a unique prefix of it).</source>
        <translation>Идентификатор области (или его уникальный префикс).</translation>
    </message>
    <message>
        <source>nothing to change: give --label, --note, --entity, --identifier, --confidence or --geometry</source>
        <translation>нечего изменять: укажите --label, --note, --entity, --identifier, --confidence или --geometry</translation>
    </message>
    <message>
        <source>--geometry takes SHAPE=NUMBERS, e.g. rect=10,20,30,40</source>
        <translation>--geometry принимает SHAPE=NUMBERS, например rect=10,20,30,40</translation>
    </message>
    <message>
        <source>unknown label “%1”; `provena-cli labels` lists them</source>
        <translation>неизвестная метка «%1»; список выводит `provena-cli labels`</translation>
    </message>
    <message>
        <source>The region already has these values; nothing changed.
</source>
        <translation>У области уже эти значения; ничего не изменено.
</translation>
    </message>
    <message>
        <source>Remove a region (and its links) from an article&apos;s sidecar and save it. Text spans that only this region linked to, with no note of their own, go too.</source>
        <translation>Удалить область (и её связи) из файла-компаньона статьи и сохранить его. Фрагменты текста, с которыми была связана только эта область и у которых нет собственной заметки, тоже удаляются.</translation>
    </message>
    <message>
        <source>Resolve a merge conflict of a region (a field both sides of a merge changed, as `region list` shows it) and save the sidecar: --take ours keeps the value the region shows, --take theirs sets the other side&apos;s. Prints the region&apos;s id.</source>
        <translation>Разрешить конфликт слияния области (поле, которое обе стороны слияния изменили, как его показывает `region list`) и сохранить файл-компаньон: --take ours оставляет значение, которое показывает область, --take theirs устанавливает значение другой стороны. Выводит id области.</translation>
    </message>
    <message>
        <source>The region id (or a unique prefix).</source>
        <translation>Идентификатор области (или уникальный префикс).</translation>
    </message>
    <message>
        <source>The conflicting field, e.g. body.</source>
        <translation>Конфликтующее поле, например body.</translation>
    </message>
    <message>
        <source>ours or theirs.</source>
        <translation>ours или theirs.</translation>
    </message>
    <message>
        <source>--region, --field and --take ours|theirs are required</source>
        <translation>требуются --region, --field и --take ours|theirs</translation>
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
        <translation>Использование: %1 add ARTICLE --image N SHAPE --label L [--note T] [--entity NAME] [--identifier IRI] [--confidence C] [--link TEXT[@N]]...
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
        <translation>Кто выполняет аннотирование (по умолчанию: ваше имя в настройках, иначе $USER).</translation>
    </message>
</context>
<context>
    <name>RegionImportCommand</name>
    <message>
        <source>Image %1 has no local file to read XMP from; fetch or attach it first.</source>
        <translation>У изображения %1 нет локального файла для чтения XMP; сначала загрузите или прикрепите его.</translation>
    </message>
    <message numerus="yes">
        <source>--image %1: the article has %n image(s)</source>
        <translation>
            <numerusform>--image %1: в статье %n изображение</numerusform>
            <numerusform>--image %1: в статье %n изображения</numerusform>
            <numerusform>--image %1: в статье %n изображений</numerusform>
        </translation>
    </message>
    <message>
        <source>--map %1=%2: unknown label “%2”; `provena-cli labels` lists them</source>
        <translation>--map %1=%2: неизвестная метка «%2»; список выводит `provena-cli labels`</translation>
    </message>
    <message>
        <source>Nothing was imported.
</source>
        <translation>Ничего не импортировано.
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>предупреждение: %1
</translation>
    </message>
    <message>
        <source>the image&apos;s XMP</source>
        <translation>XMP изображения</translation>
    </message>
    <message numerus="yes">
        <source>would import %n region(s) into image %1 from %2 (%3)</source>
        <translation>
            <numerusform>будет импортирована %n область в изображение %1 из %2 (%3)</numerusform>
            <numerusform>будут импортированы %n области в изображение %1 из %2 (%3)</numerusform>
            <numerusform>будет импортировано %n областей в изображение %1 из %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n region(s) into image %1 from %2 (%3)</source>
        <translation>
            <numerusform>импортирована %n область в изображение %1 из %2 (%3)</numerusform>
            <numerusform>импортированы %n области в изображение %1 из %2 (%3)</numerusform>
            <numerusform>импортировано %n областей в изображение %1 из %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(без метки)</translation>
    </message>
    <message>
        <source>already present: %1</source>
        <translation>уже есть: %1</translation>
    </message>
    <message>
        <source>unmapped labels (imported without a label):</source>
        <translation>несопоставленные метки (области импортированы без метки):</translation>
    </message>
    <message>
        <source>  hint: map them to Provena labels with --map LABEL=person (any label id or name; `provena-cli labels` lists them), or add your own with `provena-cli labels add`. Try the mapping with --dry-run first: importing again with a mapping adds the mapped shapes beside the unlabelled regions.</source>
        <translation>  подсказка: сопоставьте их с метками Provena с помощью --map LABEL=person (любой id или название метки; список выводит `provena-cli labels`) или добавьте собственные с помощью `provena-cli labels add`. Сначала проверьте сопоставление с --dry-run: повторный импорт с сопоставлением добавляет сопоставленные фигуры рядом с областями без меток.</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>отклонено: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>Import the shapes of another tool&apos;s file — labelme, COCO or VIA (VGG Image Annotator) JSON — or of the image&apos;s own XMP (embedded or in its sidecar) as regions of one image, in one undo step and one save. Labels are matched by id or name; those that match none are reported and their regions imported without a label. Shapes Provena cannot represent are refused and listed, never changed. Shapes already in the sidecar are skipped, so importing twice adds nothing.
Exit 0 when everything was imported, 1 when something was refused or a label did not map (the rest is imported), 2 when a file cannot be read.</source>
        <translation>Импортировать фигуры из файла другого инструмента — JSON из labelme, COCO или VIA (VGG Image Annotator) — либо из собственного XMP изображения (встроенного или в файле-компаньоне) как области одного изображения, за один шаг отмены и одно сохранение. Метки сопоставляются по id или названию; о несопоставленных сообщается, а их области импортируются без метки. Фигуры, которые Provena не может представить, отклоняются и перечисляются, но никогда не изменяются. Фигуры, уже имеющиеся в файле-компаньоне, пропускаются, поэтому повторный импорт ничего не добавляет.
Код выхода 0, если всё импортировано; 1, если что-то отклонено или метка не сопоставлена (остальное импортируется); 2, если файл не удаётся прочитать.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Image number, from 1 in article order.</source>
        <translation>Номер изображения, начиная с 1, в порядке статьи.</translation>
    </message>
    <message>
        <source>Import the IPTC and MWG regions of the image&apos;s XMP.</source>
        <translation>Импортировать области IPTC и MWG из XMP изображения.</translation>
    </message>
    <message>
        <source>The format of FILE: labelme, coco or via.</source>
        <translation>Формат FILE: labelme, coco или via.</translation>
    </message>
    <message>
        <source>Give the file&apos;s label FROM the Provena label TO (id or name). Repeatable.</source>
        <translation>Сопоставить метку файла FROM с меткой Provena TO (id или название). Можно повторять.</translation>
    </message>
    <message>
        <source>COCO: the image&apos;s id in the file (default: the image whose file_name matches).</source>
        <translation>COCO: id изображения в файле (по умолчанию: изображение с совпадающим file_name).</translation>
    </message>
    <message>
        <source>VIA: the region attribute that holds the label (default: the only attribute, else label, name, type or class).</source>
        <translation>VIA: атрибут области, содержащий метку (по умолчанию: единственный атрибут, иначе label, name, type или class).</translation>
    </message>
    <message>
        <source>Print what would be imported; write nothing.</source>
        <translation>Вывести то, что было бы импортировано, ничего не записывая.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>Файл статьи.</translation>
    </message>
    <message>
        <source>The file to import (with --format).</source>
        <translation>Импортируемый файл (с --format).</translation>
    </message>
    <message>
        <source>--image N is required</source>
        <translation>требуется --image N</translation>
    </message>
    <message>
        <source>--image takes a number, from 1</source>
        <translation>--image принимает номер, начиная с 1</translation>
    </message>
    <message>
        <source>give either --from-xmp or --format FORMAT FILE</source>
        <translation>укажите либо --from-xmp, либо --format FORMAT FILE</translation>
    </message>
    <message>
        <source>--from-xmp reads the image&apos;s XMP and takes no FILE</source>
        <translation>--from-xmp читает XMP изображения и не принимает FILE</translation>
    </message>
    <message>
        <source>unknown format “%1”; use labelme, coco or via</source>
        <translation>неизвестный формат «%1»; используйте labelme, coco или via</translation>
    </message>
    <message>
        <source>--format %1 needs the FILE to import</source>
        <translation>для --format %1 требуется импортируемый файл FILE</translation>
    </message>
    <message>
        <source>--coco-image-id goes with --format coco</source>
        <translation>--coco-image-id используется вместе с --format coco</translation>
    </message>
    <message>
        <source>--via-attribute goes with --format via</source>
        <translation>--via-attribute используется вместе с --format via</translation>
    </message>
    <message>
        <source>--map takes FROM=TO, e.g. --map car=vehicle; got “%1”</source>
        <translation>--map принимает FROM=TO, например --map car=vehicle; получено «%1»</translation>
    </message>
    <message>
        <source>Import: %1 import ARTICLE --image N (--from-xmp | --format labelme|coco|via FILE) [--map FROM=TO]... [--coco-image-id ID] [--via-attribute NAME] [--dry-run] [--json] (import --help)
</source>
        <translation>Импорт: %1 import ARTICLE --image N (--from-xmp | --format labelme|coco|via FILE) [--map FROM=TO]... [--coco-image-id ID] [--via-attribute NAME] [--dry-run] [--json] (import --help)
</translation>
    </message>
    <message>
        <source>missing subcommand</source>
        <translation>не указана подкоманда</translation>
    </message>
    <message>
        <source>unknown subcommand “%1”</source>
        <translation>неизвестная подкоманда «%1»</translation>
    </message>
    <message>
        <source>Who is annotating (default: your name in Preferences, else $USER).</source>
        <translation>Кто выполняет аннотирование (по умолчанию: ваше имя в настройках, иначе $USER).</translation>
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
        <translation>проверка</translation>
    </message>
</context>
<context>
    <name>RegionRenderer</name>
    <message>
        <source>No regions are marked on this image.</source>
        <translation>На этом изображении не отмечено ни одной области.</translation>
    </message>
    <message>
        <source>Regions marked on this image: %1 (the first %2 are listed here; the report lists all)</source>
        <translation>Области, отмеченные на этом изображении: %1 (здесь перечислены первые %2; в отчёте — все)</translation>
    </message>
    <message>
        <source>Regions marked on this image: %1</source>
        <translation>Области, отмеченные на этом изображении: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(без метки)</translation>
    </message>
    <message>
        <source>Could not draw the regions of “%1”: the rendering size %2 and crop size %3 must be positive.</source>
        <translation>Не удалось нарисовать области «%1»: размер визуализации %2 и размер кадрирования %3 должны быть положительными.</translation>
    </message>
    <message>
        <source>Could not draw the regions of “%1”: drawing text needs the graphical part of Qt (a QGuiApplication, offscreen is enough).</source>
        <translation>Не удалось нарисовать области «%1»: для вывода текста требуется графическая часть Qt (QGuiApplication, достаточно offscreen).</translation>
    </message>
    <message>
        <source>Not enough memory to draw the regions of “%1”.</source>
        <translation>Недостаточно памяти для отрисовки областей «%1».</translation>
    </message>
    <message>
        <source>Could not encode an empty image as JPEG.</source>
        <translation>Не удалось закодировать пустое изображение в JPEG.</translation>
    </message>
    <message>
        <source>Could not encode a %1×%2 image as JPEG.</source>
        <translation>Не удалось закодировать изображение %1×%2 в JPEG.</translation>
    </message>
</context>
<context>
    <name>RegionValidator</name>
    <message numerus="yes">
        <source>the size of image %1 is unknown, so its %n region(s) could not be checked against its bounds; fetch or attach the image and run validate again</source>
        <translation>
            <numerusform>размер изображения %1 неизвестен, поэтому его %n область не удалось проверить на выход за границы; загрузите или прикрепите изображение и снова выполните validate</numerusform>
            <numerusform>размер изображения %1 неизвестен, поэтому его %n области не удалось проверить на выход за границы; загрузите или прикрепите изображение и снова выполните validate</numerusform>
            <numerusform>размер изображения %1 неизвестен, поэтому его %n областей не удалось проверить на выход за границы; загрузите или прикрепите изображение и снова выполните validate</numerusform>
        </translation>
    </message>
    <message>
        <source>image index %1 is negative</source>
        <translation>индекс изображения %1 отрицателен</translation>
    </message>
    <message>
        <source>a %1 has exactly %2 point(s), not %3</source>
        <translation>число точек у фигуры %1 должно быть ровно %2, а не %3</translation>
    </message>
    <message>
        <source>a %1 needs at least %2 points, not %3</source>
        <translation>для фигуры %1 требуется не менее %2 точек, а не %3</translation>
    </message>
    <message>
        <source>%1 points are more than the limit of %2</source>
        <translation>число точек (%1) превышает ограничение в %2</translation>
    </message>
    <message>
        <source>point %1 is not a pair of finite numbers</source>
        <translation>точка %1 не является парой конечных чисел</translation>
    </message>
    <message>
        <source>point %1 (%2, %3) is outside 0 to %4</source>
        <translation>точка %1 (%2, %3) выходит за пределы диапазона от 0 до %4</translation>
    </message>
    <message>
        <source>the shape (%1,%2 to %3,%4) lies outside the image, which is %5×%6 pixels</source>
        <translation>фигура (от %1,%2 до %3,%4) находится вне изображения размером %5×%6 пикселей</translation>
    </message>
    <message>
        <source>“%1” is not a label id (1 to 64 of a–z, 0–9, &apos;-&apos; and &apos;_&apos;)</source>
        <translation>«%1» не является id метки (от 1 до 64 символов a–z, 0–9, &apos;-&apos; и &apos;_&apos;)</translation>
    </message>
    <message>
        <source>“%1” is not a known label</source>
        <translation>«%1» не является известной меткой</translation>
    </message>
    <message>
        <source>confidence %1 is not between 0 and 1</source>
        <translation>уверенность %1 не находится в диапазоне от 0 до 1</translation>
    </message>
    <message>
        <source>“%1” is not an absolute IRI (e.g. http://www.wikidata.org/entity/Q42)</source>
        <translation>«%1» не является абсолютным IRI (например, http://www.wikidata.org/entity/Q42)</translation>
    </message>
    <message>
        <source>text of %1 characters is longer than the limit of %2</source>
        <translation>длина текста (символов: %1) превышает ограничение в %2</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Untitled article</source>
        <translation>Статья без названия</translation>
    </message>
    <message>
        <source>en</source>
        <comment>BCP 47 code of this translation</comment>
        <translation>ru</translation>
    </message>
    <message>
        <source>%1 — Provena report</source>
        <translation>%1 — отчёт Provena</translation>
    </message>
    <message>
        <source>Article file</source>
        <translation>Файл статьи</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Аннотации</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Bundle date</source>
        <translation>Дата пакета</translation>
    </message>
    <message>
        <source>Article date</source>
        <translation>Дата статьи</translation>
    </message>
    <message>
        <source>Author(s)</source>
        <translation>Автор(ы)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Annotations made</source>
        <translation>Сделанные аннотации</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n область</numerusform>
            <numerusform>%n области</numerusform>
            <numerusform>%n областей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked text span(s)</source>
        <translation>
            <numerusform>%n связанный фрагмент текста</numerusform>
            <numerusform>%n связанных фрагмента текста</numerusform>
            <numerusform>%n связанных фрагментов текста</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <source>Linked spans not in the text</source>
        <translation>Связанные фрагменты вне текста</translation>
    </message>
    <message>
        <source>Highlighted spans are linked to regions; the small numbers after them name the regions (see each image&apos;s table).</source>
        <translation>Выделенные фрагменты связаны с областями; маленькие номера после них обозначают области (см. таблицу каждого изображения).</translation>
    </message>
    <message>
        <source>The article has no text to show.</source>
        <translation>В статье нет текста для отображения.</translation>
    </message>
    <message>
        <source>[Image %1, shown below]</source>
        <translation>[Изображение %1, показано ниже]</translation>
    </message>
    <message>
        <source>These spans could not be placed in the article&apos;s text as shown above: the text changed since they were made (orphaned), or they lie in markup a reader does not see. They are kept with their last known quote.</source>
        <translation>Эти фрагменты не удалось разместить в показанном выше тексте статьи: текст изменился после их создания (потерянные фрагменты) или они находятся в разметке, которую читатель не видит. Они сохранены с последней известной цитатой.</translation>
    </message>
    <message>
        <source>not among the text a reader sees</source>
        <translation>не входит в текст, видимый читателю</translation>
    </message>
    <message>
        <source>(code points %1–%2)</source>
        <translation>(кодовые точки %1–%2)</translation>
    </message>
    <message>
        <source>Made with Provena %1.</source>
        <translation>Создано в Provena %1.</translation>
    </message>
    <message>
        <source>Made with Provena %1 from the annotations in %2.</source>
        <translation>Создано в Provena %1 на основе аннотаций из %2.</translation>
    </message>
    <message>
        <source>Forensic views</source>
        <translation>Криминалистические представления</translation>
    </message>
    <message>
        <source>These views are aids: they show evidence, they do not declare an image fake.</source>
        <translation>Эти представления — вспомогательные средства: они показывают свидетельства, но не объявляют изображение поддельным.</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(без метки)</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Изображение %1</translation>
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
        <translation>Области</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Указание источника: %1</translation>
    </message>
    <message>
        <source>Referenced in the article as:</source>
        <translation>Упоминается в статье как:</translation>
    </message>
    <message>
        <source>The article no longer references this image; what was recorded for it is kept.</source>
        <translation>Статья больше не ссылается на это изображение; записанные для него сведения сохранены.</translation>
    </message>
    <message>
        <source>The image file is not in the bundle: its regions are drawn on an empty frame.</source>
        <translation>Файла изображения нет в пакете: его области нарисованы на пустом кадре.</translation>
    </message>
    <message>
        <source>The image file is not in the bundle.</source>
        <translation>Файла изображения нет в пакете.</translation>
    </message>
    <message>
        <source>The image could not be read for this PDF: %1</source>
        <translation>Не удалось прочитать изображение для этого PDF: %1</translation>
    </message>
    <message>
        <source>The image&apos;s size is not recorded: the frame only spans its regions.</source>
        <translation>Размер изображения не записан: кадр охватывает только его области.</translation>
    </message>
    <message>
        <source>The image with numbered regions and a legend</source>
        <translation>Изображение с пронумерованными областями и легендой</translation>
    </message>
    <message>
        <source>Regions on image %1</source>
        <translation>Области на изображении %1</translation>
    </message>
    <message>
        <source>No regions are marked on this image.</source>
        <translation>На этом изображении не отмечено ни одной области.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Сущность</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Geometry (pixels)</source>
        <translation>Геометрия (пиксели)</translation>
    </message>
    <message>
        <source>Linked text</source>
        <translation>Связанный текст</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Кадрирование</translation>
    </message>
    <message>
        <source>confidence %1 %</source>
        <translation>уверенность %1 %</translation>
    </message>
    <message>
        <source>Needs review: the image changed since it was marked</source>
        <translation>Требует проверки: изображение изменилось после разметки</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Область %1</translation>
    </message>
    <message>
        <source>a text span that is no longer recorded</source>
        <translation>фрагмент текста, который больше не записан</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>Nothing is recorded yet about where this image comes from.</source>
        <translation>О происхождении этого изображения пока ничего не записано.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <source>No claims are recorded.</source>
        <translation>Утверждения не записаны.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Формулировка</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Свидетельства</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Цепочка хранения</translation>
    </message>
    <message>
        <source>No custody events: none of the accepted claims names who made or passed on the image.</source>
        <translation>Событий цепочки хранения нет: ни одно из принятых утверждений не называет того, кто создал или передал изображение.</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <source>Verification: the five pillars</source>
        <translation>Проверка: пять аспектов</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>No verdict has been given.</source>
        <translation>Вердикт не вынесен.</translation>
    </message>
    <message>
        <source>(confidence %1 %)</source>
        <translation>(уверенность %1 %)</translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <translation>Решение принято: %1</translation>
    </message>
    <message>
        <source>Key metadata</source>
        <translation>Ключевые метаданные</translation>
    </message>
    <message>
        <source>The image file is not in the bundle, so its metadata was not read.</source>
        <translation>Файла изображения нет в пакете, поэтому его метаданные не прочитаны.</translation>
    </message>
    <message>
        <source>The image&apos;s metadata names no creator, credit, dates, camera or other key facts.</source>
        <translation>Метаданные изображения не содержат ни автора, ни указания источника, ни дат, ни камеры, ни других ключевых сведений.</translation>
    </message>
    <message>
        <source>Could not make the PDF report: no article was given.</source>
        <translation>Не удалось создать отчёт PDF: не указана статья.</translation>
    </message>
    <message>
        <source>Could not make the PDF report of “%1”: Qt&apos;s PDF writer produced nothing.</source>
        <translation>Не удалось создать отчёт PDF для «%1»: модуль записи PDF в Qt ничего не создал.</translation>
    </message>
    <message>
        <source>x %1, y %2, %3 × %4</source>
        <translation>x %1, y %2, %3 × %4</translation>
    </message>
    <message>
        <source>rectangle %1</source>
        <translation>прямоугольник %1</translation>
    </message>
    <message>
        <source>ellipse in %1</source>
        <translation>эллипс в %1</translation>
    </message>
    <message numerus="yes">
        <source>polygon of %n points in %1</source>
        <translation>
            <numerusform>многоугольник из %n точки в %1</numerusform>
            <numerusform>многоугольник из %n точек в %1</numerusform>
            <numerusform>многоугольник из %n точек в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>line of %n points in %1</source>
        <translation>
            <numerusform>ломаная из %n точки в %1</numerusform>
            <numerusform>ломаная из %n точек в %1</numerusform>
            <numerusform>ломаная из %n точек в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>point at x %1, y %2</source>
        <translation>точка: x %1, y %2</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Оспорено</translation>
    </message>
    <message>
        <source>state media</source>
        <translation>государственные СМИ</translation>
    </message>
    <message>
        <source>wire service</source>
        <translation>информационное агентство</translation>
    </message>
    <message>
        <source>photo agency</source>
        <translation>фотоагентство</translation>
    </message>
    <message>
        <source>newspaper</source>
        <translation>газета</translation>
    </message>
    <message>
        <source>broadcaster</source>
        <translation>телерадиокомпания</translation>
    </message>
    <message>
        <source>government</source>
        <translation>государственный орган</translation>
    </message>
    <message>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>software</source>
        <translation>программа</translation>
    </message>
    <message>
        <source>found elsewhere in the text</source>
        <translation>найдено в другом месте текста</translation>
    </message>
    <message>
        <source>found by approximate match</source>
        <translation>найдено по приблизительному совпадению</translation>
    </message>
    <message>
        <source>no longer found in the text</source>
        <translation>больше не найдено в тексте</translation>
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
        <translation>Файл-компаньон XMP</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>C2PA manifest</source>
        <translation>Манифест C2PA</translation>
    </message>
    <message>
        <source>Thumbnail mismatch</source>
        <translation>Несоответствие эскиза</translation>
    </message>
    <message>
        <source>Metadata stripped</source>
        <translation>Метаданные удалены</translation>
    </message>
    <message>
        <source>Editing software</source>
        <translation>Программа редактирования</translation>
    </message>
    <message>
        <source>Date mismatch</source>
        <translation>Несоответствие дат</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Указание источника</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>Авторское право</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Дата съёмки</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Объектив</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>GPS position</source>
        <translation>Координаты GPS</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Digital source type</source>
        <translation>Тип цифрового источника</translation>
    </message>
    <message>
        <source>Damaged metadata</source>
        <translation>Повреждённые метаданные</translation>
    </message>
</context>
<context>
    <name>SafeExtractor</name>
    <message>
        <source>Refused “%1”: the entry “%2” is unsafe: %3. Nothing was extracted into “%4”.</source>
        <translation>«%1» отклонён: элемент «%2» небезопасен: %3. В «%4» ничего не извлечено.</translation>
    </message>
    <message>
        <source>Could not extract “%1”: “%2” is not a folder.</source>
        <translation>Не удалось извлечь «%1»: «%2» не является папкой.</translation>
    </message>
    <message>
        <source>Could not open “%1” as a zip file. Nothing was extracted.</source>
        <translation>Не удалось открыть «%1» как zip-файл. Ничего не извлечено.</translation>
    </message>
    <message>
        <source>Could not extract “%1”: no folder could be made in “%2”. Check that it is writable.</source>
        <translation>Не удалось извлечь «%1»: не удалось создать папку в «%2». Убедитесь, что в неё разрешена запись.</translation>
    </message>
    <message>
        <source>Extracting “%1” was cancelled; nothing was kept.</source>
        <translation>Извлечение «%1» отменено; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Could not read “%1”: the zip is damaged. Nothing was extracted.</source>
        <translation>Не удалось прочитать «%1»: zip-архив повреждён. Ничего не извлечено.</translation>
    </message>
    <message>
        <source>it lies outside the bundle&apos;s folder (a bundle holds exactly one top-level folder)</source>
        <translation>он находится вне папки пакета (пакет содержит ровно одну папку верхнего уровня)</translation>
    </message>
    <message>
        <source>it is in a second top-level folder besides “%1”</source>
        <translation>он находится во второй папке верхнего уровня помимо «%1»</translation>
    </message>
    <message>
        <source>its folder name is reserved</source>
        <translation>имя его папки зарезервировано</translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation>не удалось создать папку</translation>
    </message>
    <message>
        <source>its folder could not be created</source>
        <translation>не удалось создать его папку</translation>
    </message>
    <message>
        <source>Could not create “%1” while extracting “%2”. Nothing was kept.</source>
        <translation>Не удалось создать «%1» при извлечении «%2». Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Could not extract the entry “%1” of “%2”: it is damaged. Nothing was kept.</source>
        <translation>Не удалось извлечь элемент «%1» из «%2»: он повреждён. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Could not write “%1” while extracting “%2”. Check the free disk space. Nothing was kept.</source>
        <translation>Не удалось записать «%1» при извлечении «%2». Проверьте свободное место на диске. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Could not write “%1” while extracting “%2”. Nothing was kept.</source>
        <translation>Не удалось записать «%1» при извлечении «%2». Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Refused “%1”: it holds no folder (a bundle holds exactly one top-level folder). Nothing was extracted.</source>
        <translation>«%1» отклонён: он не содержит папки (пакет содержит ровно одну папку верхнего уровня). Ничего не извлечено.</translation>
    </message>
    <message>
        <source>Could not extract “%1”: “%2” already exists in “%3”. Remove or rename it, or choose another folder.</source>
        <translation>Не удалось извлечь «%1»: «%2» уже существует в «%3». Удалите или переименуйте его либо выберите другую папку.</translation>
    </message>
    <message>
        <source>Could not extract “%1” into “%2”.</source>
        <translation>Не удалось извлечь «%1» в «%2».</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>недостаточно памяти</translation>
    </message>
    <message>
        <source>not a zip file</source>
        <translation>не zip-файл</translation>
    </message>
    <message>
        <source>its name is not valid UTF-8</source>
        <translation>его имя не является допустимой строкой UTF-8</translation>
    </message>
    <message>
        <source>its name is empty</source>
        <translation>его имя пусто</translation>
    </message>
    <message>
        <source>its name contains a control character</source>
        <translation>его имя содержит управляющий символ</translation>
    </message>
    <message>
        <source>its path is absolute</source>
        <translation>его путь абсолютный</translation>
    </message>
    <message>
        <source>its path contains a backslash, which Windows reads as a folder separator</source>
        <translation>его путь содержит обратную косую черту, которую Windows считает разделителем папок</translation>
    </message>
    <message>
        <source>its path starts with a drive letter</source>
        <translation>его путь начинается с буквы диска</translation>
    </message>
    <message>
        <source>its path contains “..”, which would leave the folder</source>
        <translation>его путь содержит «..», что вывело бы его за пределы папки</translation>
    </message>
    <message>
        <source>its path has an empty or “.” component</source>
        <translation>его путь содержит пустой компонент или «.»</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation>он зашифрован</translation>
    </message>
    <message>
        <source>it is a hard link (to “%1”)</source>
        <translation>это жёсткая ссылка (на «%1»)</translation>
    </message>
    <message>
        <source>it is a symbolic link (to “%1”)</source>
        <translation>это символическая ссылка (на «%1»)</translation>
    </message>
    <message>
        <source>it is a character device</source>
        <translation>это символьное устройство</translation>
    </message>
    <message>
        <source>it is a block device</source>
        <translation>это блочное устройство</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO)</source>
        <translation>это именованный канал (FIFO)</translation>
    </message>
    <message>
        <source>it is a socket</source>
        <translation>это сокет</translation>
    </message>
    <message>
        <source>it is not a regular file or folder</source>
        <translation>это не обычный файл и не папка</translation>
    </message>
    <message>
        <source>the name appears twice in the zip</source>
        <translation>имя встречается в zip-архиве дважды</translation>
    </message>
    <message>
        <source>it is both a file and a folder in the zip</source>
        <translation>в zip-архиве это одновременно и файл, и папка</translation>
    </message>
    <message>
        <source>its name differs only by case or Unicode normalisation from “%1”</source>
        <translation>его имя отличается от «%1» только регистром или нормализацией Unicode</translation>
    </message>
    <message>
        <source>it expands to more than %1 bytes, the limit for one entry</source>
        <translation>после распаковки его размер превышает %1 байт — ограничение для одного элемента</translation>
    </message>
    <message>
        <source>the bundle expands to more than %1 bytes, the limit for all entries</source>
        <translation>после распаковки размер пакета превышает %1 байт — ограничение для всех элементов</translation>
    </message>
    <message>
        <source>it expands more than %1 times its compressed size (a zip bomb?)</source>
        <translation>после распаковки он более чем в %1 раз больше сжатого размера (zip-бомба?)</translation>
    </message>
    <message>
        <source>the zip has more than %1 entries</source>
        <translation>в zip-архиве больше %1 элементов</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>“%1” is a symbolic link to “%2”: Provena does not save through links, because that would change “%2” instead. Replace the link with a copy of the file, or remove it, then save again.</source>
        <translation>«%1» — символическая ссылка на «%2»: Provena не сохраняет через ссылки, так как при этом изменился бы «%2». Замените ссылку копией файла или удалите её, затем сохраните снова.</translation>
    </message>
    <message>
        <source>“%1” is %2, not a file: Provena saves only over regular files. Rename or remove it, then save again.</source>
        <translation>«%1» — это %2, а не файл: Provena сохраняет только поверх обычных файлов. Переименуйте или удалите его, затем сохраните снова.</translation>
    </message>
    <message>
        <source>Could not open “%1” for writing. Check that its folder exists and that you may write there.</source>
        <translation>Не удалось открыть «%1» для записи. Убедитесь, что его папка существует и у вас есть права на запись в неё.</translation>
    </message>
    <message>
        <source>Could not give the saved “%1” its previous owner.</source>
        <translation>Не удалось восстановить прежнего владельца сохранённого файла «%1».</translation>
    </message>
    <message>
        <source>Could not give the saved “%1” its previous permissions.</source>
        <translation>Не удалось восстановить прежние права доступа сохранённого файла «%1».</translation>
    </message>
    <message>
        <source>Could not finish saving “%1”. Check that the disk is not full and save again.</source>
        <translation>Не удалось завершить сохранение «%1». Убедитесь, что диск не заполнен, и сохраните снова.</translation>
    </message>
    <message>
        <source>“%1” is a folder, so Provena cannot keep the previous version of “%2” there. Rename or remove the folder, then save again.</source>
        <translation>«%1» — папка, поэтому Provena не может сохранить там предыдущую версию «%2». Переименуйте или удалите папку, затем сохраните снова.</translation>
    </message>
    <message>
        <source>Could not replace the old backup copy “%1”. Remove it, then save again.</source>
        <translation>Не удалось заменить старую резервную копию «%1». Удалите её, затем сохраните снова.</translation>
    </message>
    <message>
        <source>Could not read “%1” to keep a backup copy of it.</source>
        <translation>Не удалось прочитать «%1», чтобы сохранить его резервную копию.</translation>
    </message>
    <message>
        <source>Could not write the backup copy “%1”. Check that the disk is not full.</source>
        <translation>Не удалось записать резервную копию «%1». Убедитесь, что диск не заполнен.</translation>
    </message>
    <message>
        <source>Could not write “%1”. Check that the disk is not full and save again.</source>
        <translation>Не удалось записать «%1». Убедитесь, что диск не заполнен, и сохраните снова.</translation>
    </message>
</context>
<context>
    <name>SidecarLock</name>
    <message>
        <source>a symbolic link to “%1”</source>
        <translation>символическая ссылка на «%1»</translation>
    </message>
    <message>
        <source>Provena cannot lock “%1” for saving: its lock file “%2” is %3. Remove it and save again.</source>
        <translation>Provena не может заблокировать «%1» для сохранения: его файл блокировки «%2» — %3. Удалите его и сохраните снова.</translation>
    </message>
    <message>
        <source>Provena cannot create the lock file “%1” beside the sidecar: the folder is not writable. Make it writable, or save the article elsewhere (Save As).</source>
        <translation>Provena не удаётся создать файл блокировки «%1» рядом с файлом-компаньоном (sidecar): папка недоступна для записи. Разрешите запись в неё или сохраните статью в другом месте («Сохранить как»).</translation>
    </message>
    <message>
        <source>Provena cannot create the lock file “%1” beside the sidecar. Check the folder, then save again.</source>
        <translation>Provena не удаётся создать файл блокировки «%1» рядом с файлом-компаньоном. Проверьте папку и сохраните снова.</translation>
    </message>
    <message>
        <source>“%1” is being saved by another program. Try again in a moment.</source>
        <translation>«%1» сохраняется другой программой. Повторите попытку через некоторое время.</translation>
    </message>
    <message>
        <source>“%1” is being saved by another Provena (pid %2 on %3). Try again when it has finished; if no Provena is running there, delete “%4”.</source>
        <translation>«%1» сохраняется другим экземпляром Provena (PID %2 на %3). Повторите попытку, когда сохранение завершится; если там не запущена Provena, удалите «%4».</translation>
    </message>
</context>
<context>
    <name>SidecarMerger</name>
    <message>
        <source>The merged sidecar would not be valid: %1</source>
        <translation>Файл-компаньон после слияния будет недопустимым: %1</translation>
    </message>
</context>
<context>
    <name>SidecarPull</name>
    <message>
        <source>There is no merge conflict on “%1” of %2.</source>
        <translation>Нет конфликта слияния в «%1» для %2.</translation>
    </message>
    <message>
        <source>%1 is not in the sidecar.</source>
        <translation>%1 отсутствует в файле-компаньоне.</translation>
    </message>
</context>
<context>
    <name>SidecarReader</name>
    <message>
        <source>The sidecar is not valid at %1: %2</source>
        <translation>Ошибка в файле-компаньоне в позиции %1: %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ожидался объект</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>ожидалась строка</translation>
    </message>
    <message>
        <source>text of %1 characters is longer than the limit of %2</source>
        <translation>длина текста (символов: %1) превышает ограничение в %2</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>ожидалось число</translation>
    </message>
    <message>
        <source>the number %1 is outside the allowed range %2 to %3</source>
        <translation>число %1 выходит за допустимый диапазон от %2 до %3</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ожидалось целое число</translation>
    </message>
    <message>
        <source>“%1” is not an xsd:dateTime</source>
        <translation>«%1» не является значением xsd:dateTime</translation>
    </message>
    <message>
        <source>expected a “urn:uuid:” IRI, found “%1”</source>
        <translation>ожидался IRI вида «urn:uuid:», найдено «%1»</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>ожидался массив</translation>
    </message>
    <message>
        <source>The sidecar was written by a newer Provena (schema version %1; this version reads up to %2). Open it with a newer Provena.</source>
        <translation>Файл-компаньон записан более новой версией Provena (версия схемы %1; эта версия читает схемы до %2). Откройте его в более новой версии Provena.</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>«%1» не входит в список: %2</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date, date-time or range “A/B”</source>
        <translation>«%1» не является датой, датой и временем или диапазоном «A/B» в формате ISO 8601</translation>
    </message>
    <message>
        <source>the span ends before it starts</source>
        <translation>фрагмент заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>expected 64 lower-case hex digits</source>
        <translation>ожидалось 64 шестнадцатеричные цифры в нижнем регистре</translation>
    </message>
    <message>
        <source>an image needs “imageIndex” or “sha256”</source>
        <translation>для изображения требуется «imageIndex» или «sha256»</translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation>идентификатор %1 используется дважды</translation>
    </message>
    <message>
        <source>expected a “ProvenanceClaim”</source>
        <translation>ожидался «ProvenanceClaim»</translation>
    </message>
    <message>
        <source>the pillar “%1” is assessed twice</source>
        <translation>аспект «%1» оценён дважды</translation>
    </message>
    <message>
        <source>expected an “AnnotationCollection”</source>
        <translation>ожидалась «AnnotationCollection»</translation>
    </message>
    <message>
        <source>must name %1</source>
        <translation>должно указывать %1</translation>
    </message>
    <message>
        <source>annotations on further pages are not supported; Provena writes one page</source>
        <translation>аннотации на последующих страницах не поддерживаются; Provena записывает одну страницу</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>ожидалось true или false</translation>
    </message>
    <message>
        <source>no image of annotatedImages has this IRI</source>
        <translation>ни одно изображение из annotatedImages не имеет такого IRI</translation>
    </message>
    <message>
        <source>no region has the id %1</source>
        <translation>нет области с идентификатором %1</translation>
    </message>
    <message>
        <source>no text anchor has the id %1</source>
        <translation>нет фрагмента текста с идентификатором %1</translation>
    </message>
    <message>
        <source>The sidecar is not valid JSON: %1.</source>
        <translation>Файл-компаньон не является допустимым JSON: %1.</translation>
    </message>
    <message>
        <source>byte offset %1</source>
        <translation>смещение в байтах: %1</translation>
    </message>
    <message>
        <source>The sidecar is not valid: the top level must be a JSON object.</source>
        <translation>Файл-компаньон недопустим: верхний уровень должен быть объектом JSON.</translation>
    </message>
    <message>
        <source>The sidecar</source>
        <translation>Файл-компаньон</translation>
    </message>
    <message>
        <source>unknown shape “%1”</source>
        <translation>неизвестная фигура «%1»</translation>
    </message>
    <message>
        <source>expected an array of x, y numbers</source>
        <translation>ожидался массив чисел x, y</translation>
    </message>
    <message>
        <source>the points do not make a valid %1</source>
        <translation>точки не образуют допустимую фигуру «%1»</translation>
    </message>
    <message>
        <source>expected a selector object</source>
        <translation>ожидался объект селектора</translation>
    </message>
    <message>
        <source>no shape Provena can read</source>
        <translation>нет фигуры, которую может прочитать Provena</translation>
    </message>
    <message>
        <source>the shape has coordinates outside 0 to %1</source>
        <translation>координаты фигуры выходят за пределы диапазона от 0 до %1</translation>
    </message>
    <message>
        <source>end is before start</source>
        <translation>конец раньше начала</translation>
    </message>
    <message>
        <source>a TextQuoteSelector is required</source>
        <translation>требуется TextQuoteSelector</translation>
    </message>
    <message>
        <source>expected an absolute IRI</source>
        <translation>ожидался абсолютный IRI</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Edit Provenance</source>
        <translation>Изменение происхождения</translation>
    </message>
    <message>
        <source>Add Region</source>
        <translation>Добавление области</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Region(s)</source>
        <translation>
            <numerusform>Добавление %n области</numerusform>
            <numerusform>Добавление %n областей</numerusform>
            <numerusform>Добавление %n областей</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Region</source>
        <translation>Изменение области</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Region(s)</source>
        <translation>
            <numerusform>Импорт %n области</numerusform>
            <numerusform>Импорт %n областей</numerusform>
            <numerusform>Импорт %n областей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n Provenance Suggestion(s)</source>
        <translation>
            <numerusform>Отклонение %n предложения о происхождении</numerusform>
            <numerusform>Отклонение %n предложений о происхождении</numerusform>
            <numerusform>Отклонение %n предложений о происхождении</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n Provenance Suggestion(s)</source>
        <translation>
            <numerusform>Принятие %n предложения о происхождении</numerusform>
            <numerusform>Принятие %n предложений о происхождении</numerusform>
            <numerusform>Принятие %n предложений о происхождении</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Provenance Claim(s)</source>
        <translation>
            <numerusform>Добавление %n утверждения о происхождении</numerusform>
            <numerusform>Добавление %n утверждений о происхождении</numerusform>
            <numerusform>Добавление %n утверждений о происхождении</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Provenance Claim(s)</source>
        <translation>
            <numerusform>Удаление %n утверждения о происхождении</numerusform>
            <numerusform>Удаление %n утверждений о происхождении</numerusform>
            <numerusform>Удаление %n утверждений о происхождении</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n Provenance Claim(s)</source>
        <translation>
            <numerusform>Изменение %n утверждения о происхождении</numerusform>
            <numerusform>Изменение %n утверждений о происхождении</numerusform>
            <numerusform>Изменение %n утверждений о происхождении</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n Provenance Claim(s)</source>
        <translation>
            <numerusform>Принятие %n утверждения о происхождении</numerusform>
            <numerusform>Принятие %n утверждений о происхождении</numerusform>
            <numerusform>Принятие %n утверждений о происхождении</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n Provenance Claim(s)</source>
        <translation>
            <numerusform>Отклонение %n утверждения о происхождении</numerusform>
            <numerusform>Отклонение %n утверждений о происхождении</numerusform>
            <numerusform>Отклонение %n утверждений о происхождении</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dispute %n Provenance Claim(s)</source>
        <translation>
            <numerusform>Оспаривание %n утверждения о происхождении</numerusform>
            <numerusform>Оспаривание %n утверждений о происхождении</numerusform>
            <numerusform>Оспаривание %n утверждений о происхождении</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n Provenance Claim(s)</source>
        <translation>
            <numerusform>Повторное открытие %n утверждения о происхождении</numerusform>
            <numerusform>Повторное открытие %n утверждений о происхождении</numerusform>
            <numerusform>Повторное открытие %n утверждений о происхождении</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Region</source>
        <translation>Удаление области</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Region(s)</source>
        <translation>
            <numerusform>Удаление %n области</numerusform>
            <numerusform>Удаление %n областей</numerusform>
            <numerusform>Удаление %n областей</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Text</source>
        <translation>Выделение текста</translation>
    </message>
    <message>
        <source>Remove Text Mark</source>
        <translation>Снятие выделения текста</translation>
    </message>
    <message>
        <source>Edit Text Note</source>
        <translation>Изменение заметки к тексту</translation>
    </message>
    <message>
        <source>Assess %1: %2</source>
        <translation>Оценка %1: %2</translation>
    </message>
    <message>
        <source>Set Verdict: %1</source>
        <translation>Установка вердикта: %1</translation>
    </message>
    <message numerus="yes">
        <source>Record %n Custody Event(s)</source>
        <translation>
            <numerusform>Запись %n события цепочки хранения</numerusform>
            <numerusform>Запись %n событий цепочки хранения</numerusform>
            <numerusform>Запись %n событий цепочки хранения</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach File to Image %1</source>
        <translation>Прикрепление файла к изображению %1</translation>
    </message>
    <message>
        <source>Change Labels</source>
        <translation>Изменение меток</translation>
    </message>
    <message>
        <source>Reshape Region</source>
        <translation>Изменение формы области</translation>
    </message>
    <message>
        <source>Relabel Region as ‘%1’</source>
        <translation>Смена метки области на «%1»</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Изменение заметки</translation>
    </message>
    <message>
        <source>Set Entity</source>
        <translation>Установка сущности</translation>
    </message>
    <message>
        <source>Set Confidence</source>
        <translation>Установка уверенности</translation>
    </message>
    <message>
        <source>Link Text “%1”</source>
        <translation>Связывание текста «%1»</translation>
    </message>
    <message>
        <source>Unlink Text</source>
        <translation>Удаление связи с текстом</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Region(s) Reviewed</source>
        <translation>
            <numerusform>Отметка %n области как проверенной</numerusform>
            <numerusform>Отметка %n областей как проверенных</numerusform>
            <numerusform>Отметка %n областей как проверенных</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve Merge Conflict</source>
        <translation>Разрешение конфликта слияния</translation>
    </message>
    <message>
        <source>Merge Changes from Disk</source>
        <translation>Слияние изменений с диска</translation>
    </message>
    <message>
        <source>Fetch Image %1</source>
        <translation>Загрузка изображения %1</translation>
    </message>
    <message>
        <source>Snap to Outline</source>
        <translation>Привязка к контуру</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>IMAGE NOT FOUND: image %1 (%2): %3
</source>
        <translation>ИЗОБРАЖЕНИЕ НЕ НАЙДЕНО: изображение %1 (%2): %3
</translation>
    </message>
    <message>
        <source>IMAGE UNREADABLE: image %1 (%2): %3
</source>
        <translation>ИЗОБРАЖЕНИЕ НЕ ЧИТАЕТСЯ: изображение %1 (%2): %3
</translation>
    </message>
    <message>
        <source>NOT AN IMAGE: image %1 (%2): %3
</source>
        <translation>НЕ ИЗОБРАЖЕНИЕ: изображение %1 (%2): %3
</translation>
    </message>
    <message>
        <source>IMAGE OUTSIDE THE FOLDER: image %1 (%2) leads to %3, outside the article&apos;s folder; it was not read (--allow-outside reads it)
</source>
        <translation>ИЗОБРАЖЕНИЕ ВНЕ ПАПКИ: изображение %1 (%2) ведёт к %3 за пределами папки статьи; оно не прочитано (--allow-outside разрешает чтение)
</translation>
    </message>
    <message numerus="yes">
        <source>UNKNOWN SIZE: image %1 (%2) has no known pixel size, so its %n region(s) could not be bounds-checked
</source>
        <translation>
            <numerusform>НЕИЗВЕСТНЫЙ РАЗМЕР: размер изображения %1 (%2) в пикселях неизвестен, поэтому границы его %n области не проверены
</numerusform>
            <numerusform>НЕИЗВЕСТНЫЙ РАЗМЕР: размер изображения %1 (%2) в пикселях неизвестен, поэтому границы его %n областей не проверены
</numerusform>
            <numerusform>НЕИЗВЕСТНЫЙ РАЗМЕР: размер изображения %1 (%2) в пикселях неизвестен, поэтому границы его %n областей не проверены
</numerusform>
        </translation>
    </message>
    <message>
        <source>Check an article&apos;s sidecar against the article text and its images, and print what was found. Writes nothing.
Exit 0: every anchor resolves (re-anchored ones are listed) and every image could be checked; 1: an anchor is orphaned, an image changed, or an image is missing, unreadable, not an image, outside the article&apos;s folder (without --allow-outside) or of unknown size while it has regions (they could not be bounds-checked); 2: the article or sidecar cannot be read.</source>
        <translation>Проверить файл-компаньон статьи по тексту статьи и её изображениям и вывести результаты. Ничего не записывает.
Код выхода 0: все привязки разрешаются (заново привязанные перечисляются) и все изображения удалось проверить; 1: привязка потеряна, изображение изменилось либо изображение отсутствует, не читается, не является изображением, находится вне папки статьи (без --allow-outside) или имеет неизвестный размер при наличии областей (их границы не удалось проверить); 2: не удаётся прочитать статью или файл-компаньон.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>Файл статьи.</translation>
    </message>
    <message>
        <source>%1: no sidecar found (expected %2).
</source>
        <translation>%1: файл-компаньон не найден (ожидался %2).
</translation>
    </message>
    <message>
        <source>sidecar: %1
</source>
        <translation>файл-компаньон: %1
</translation>
    </message>
    <message>
        <source>regions: %1, text anchors: %2
</source>
        <translation>области: %1, фрагменты текста: %2
</translation>
    </message>
    <message>
        <source>article: changed since the sidecar was written
</source>
        <translation>статья: изменена после записи файла-компаньона
</translation>
    </message>
    <message>
        <source>article: unchanged
</source>
        <translation>статья: не изменена
</translation>
    </message>
    <message>
        <source>re-anchored (%1, similarity %2): %3 “%4” [%5, %6) -&gt; [%7, %8)
</source>
        <translation>заново привязан (%1, сходство %2): %3 «%4» [%5, %6) -&gt; [%7, %8)
</translation>
    </message>
    <message>
        <source>ORPHANED: %1 “%2” was at [%3, %4); not found in the article
</source>
        <translation>ПОТЕРЯН: %1 «%2» находился в [%3, %4); в статье не найден
</translation>
    </message>
    <message>
        <source>IMAGE CHANGED: image %1 (%2): SHA-256 %3, sidecar recorded %4; its regions need review
</source>
        <translation>ИЗОБРАЖЕНИЕ ИЗМЕНЕНО: изображение %1 (%2): SHA-256 %3, в файле-компаньоне записан %4; его области требуют проверки
</translation>
    </message>
    <message>
        <source>IMAGE MISSING: the sidecar has regions on an image the article no longer references (%1)
</source>
        <translation>ИЗОБРАЖЕНИЕ ОТСУТСТВУЕТ: в файле-компаньоне есть области на изображении, на которое статья больше не ссылается (%1)
</translation>
    </message>
    <message>
        <source>warning: region %1 lies outside image %2 (%3×%4)
</source>
        <translation>предупреждение: область %1 выходит за пределы изображения %2 (%3×%4)
</translation>
    </message>
    <message>
        <source>result: problems found
</source>
        <translation>результат: обнаружены проблемы
</translation>
    </message>
    <message>
        <source>result: OK
</source>
        <translation>результат: OK
</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Check a bundle: the bag (every file present and listed, every checksum, Payload-Oxum, the tag manifest), then every article&apos;s sidecar against the article and its images. Keeps nothing.
Exit 0: valid; 1: problems, each named; 2: the zip cannot be read or was refused as unsafe.</source>
        <translation>Проверить пакет: структуру BagIt (все файлы на месте и перечислены, все контрольные суммы, Payload-Oxum, манифест тегов), затем файл-компаньон каждой статьи по статье и её изображениям. Ничего не сохраняет.
Код выхода 0: пакет корректен; 1: есть проблемы, каждая названа; 2: zip-архив не читается или отклонён как небезопасный.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>Вывести результаты в формате JSON.</translation>
    </message>
    <message>
        <source>The bundle (.zip).</source>
        <translation>Пакет (.zip).</translation>
    </message>
    <message>
        <source>%1: no such bundle.
</source>
        <translation>%1: пакет не найден.
</translation>
    </message>
    <message>
        <source>%1: refused: %2
</source>
        <translation>%1: отклонено: %2
</translation>
    </message>
    <message numerus="yes">
        <source>bag: %1 (%n payload file(s), %2 bytes)
</source>
        <translation>
            <numerusform>пакет: %1 (%n файл полезных данных, %2 байт)
</numerusform>
            <numerusform>пакет: %1 (%n файла полезных данных, %2 байт)
</numerusform>
            <numerusform>пакет: %1 (%n файлов полезных данных, %2 байт)
</numerusform>
        </translation>
    </message>
    <message>
        <source>PROBLEM %1: %2: %3
</source>
        <translation>ПРОБЛЕМА %1: %2: %3
</translation>
    </message>
    <message>
        <source>article: %1: OK
</source>
        <translation>статья: %1: OK
</translation>
    </message>
    <message numerus="yes">
        <source>article: %1: %n problem(s)
</source>
        <translation>
            <numerusform>статья: %1: %n проблема
</numerusform>
            <numerusform>статья: %1: %n проблемы
</numerusform>
            <numerusform>статья: %1: %n проблем
</numerusform>
        </translation>
    </message>
    <message>
        <source>result: valid
</source>
        <translation>результат: корректен
</translation>
    </message>
    <message numerus="yes">
        <source>result: %n problem(s)
</source>
        <translation>
            <numerusform>результат: %n проблема
</numerusform>
            <numerusform>результат: %n проблемы
</numerusform>
            <numerusform>результат: %n проблем
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionFinder</name>
    <message>
        <source>Hashing images</source>
        <translation>Хеширование изображений</translation>
    </message>
    <message>
        <source>%1 was not compared: %2</source>
        <translation>%1 не сравнивалось: %2</translation>
    </message>
    <message>
        <source>Comparing images</source>
        <translation>Сравнение изображений</translation>
    </message>
    <message>
        <source>The search for versions of %1 was cancelled.</source>
        <translation>Поиск версий %1 отменён.</translation>
    </message>
</context>
<context>
    <name>VersionIndex</name>
    <message>
        <source>The version index %1 is not valid JSON.</source>
        <translation>Индекс версий %1 не является допустимым JSON.</translation>
    </message>
    <message>
        <source>The version index %1 has another schema.</source>
        <translation>Индекс версий %1 имеет другую схему.</translation>
    </message>
    <message>
        <source>The version index %1 has a damaged entry.</source>
        <translation>Индекс версий %1 содержит повреждённую запись.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>Не удаётся прочитать папку %1.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>Не удалось создать %1.</translation>
    </message>
    <message>
        <source>Indexing %1 was cancelled.</source>
        <translation>Индексирование %1 отменено.</translation>
    </message>
</context>
<context>
    <name>VersionSuggester</name>
    <message>
        <source>Found by Find Other Versions: %1 shows %2 as image %3 (caption “%4”, credit “%5”); it is %6 of this image, at x %7, y %8, %9 × %10 in this image&apos;s pixels, scale %11, perceptual hash distance %12.</source>
        <translation>Найдено функцией «Найти другие версии»: %1 показывает %2 как изображение %3 (подпись к фото «%4», указание источника «%5»); это %6 данного изображения, в точке x %7, y %8, %9 × %10 в пикселях этого изображения, масштаб %11, расстояние перцептивного хеша %12.</translation>
    </message>
    <message>
        <source>a copy</source>
        <translation>копия</translation>
    </message>
    <message>
        <source>“%1” shows another version of this photo (%2); its byline names %3.</source>
        <translation>«%1» показывает другую версию этой фотографии (%2); в авторской строке указано: %3.</translation>
    </message>
    <message>
        <source>“%1” shows another version of this photo (%2), credited to %3.</source>
        <translation>«%1» показывает другую версию этой фотографии (%2), источник указан как %3.</translation>
    </message>
</context>
<context>
    <name>ViaReader</name>
    <message>
        <source>the attribute “%1” has several options ticked (%2); a region has one label</source>
        <translation>в атрибуте «%1» отмечено несколько вариантов (%2); у области одна метка</translation>
    </message>
    <message>
        <source>the attribute “%1” is a list, not a label</source>
        <translation>атрибут «%1» является списком, а не меткой</translation>
    </message>
    <message>
        <source>This is a VIA 3 project; Provena does not read VIA 3 files yet. Convert it to COCO or to a VIA 2 project first, or annotate the image in VIA 2.</source>
        <translation>Это проект VIA 3; Provena пока не читает файлы VIA 3. Сначала преобразуйте его в COCO или в проект VIA 2 либо выполните аннотирование изображения в VIA 2.</translation>
    </message>
    <message>
        <source>This is not a VIA file: it has no “_via_img_metadata” and no image entries with a “filename”. Choose a VIA 2 project or a VIA annotations export (JSON), or another --format.</source>
        <translation>Это не файл VIA: в нём нет «_via_img_metadata» и нет записей изображений с «filename». Выберите проект VIA 2 или экспорт аннотаций VIA (JSON) либо другой --format.</translation>
    </message>
    <message>
        <source>The VIA file has no image named “%1”.</source>
        <translation>В файле VIA нет изображения с именем «%1».</translation>
    </message>
    <message>
        <source>images: %1</source>
        <translation>изображения: %1</translation>
    </message>
    <message>
        <source>The VIA file has %1 entries for an image named “%2” (%3); keep one of them in VIA and save again.</source>
        <translation>В файле VIA несколько записей (%1) для изображения с именем «%2» (%3); оставьте одну из них в VIA и сохраните снова.</translation>
    </message>
    <message>
        <source>the rect has a negative width or height</source>
        <translation>у прямоугольника отрицательная ширина или высота</translation>
    </message>
    <message>
        <source>the circle has a negative radius</source>
        <translation>у круга отрицательный радиус</translation>
    </message>
    <message>
        <source>the ellipse is rotated (theta %1 rad); Provena has no rotated ellipse. Draw it as a polygon in VIA.</source>
        <translation>эллипс повёрнут (theta %1 рад); в Provena нет повёрнутых эллипсов. Нарисуйте его в VIA как многоугольник.</translation>
    </message>
    <message>
        <source>the ellipse has a negative radius</source>
        <translation>у эллипса отрицательный радиус</translation>
    </message>
    <message numerus="yes">
        <source>the polygon has %n point(s); a polygon needs at least 3</source>
        <translation>
            <numerusform>у многоугольника %n точка; многоугольнику нужно не менее 3</numerusform>
            <numerusform>у многоугольника %n точки; многоугольнику нужно не менее 3</numerusform>
            <numerusform>у многоугольника %n точек; многоугольнику нужно не менее 3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the polyline has %n point(s); a polyline needs at least 2</source>
        <translation>
            <numerusform>у ломаной %n точка; ломаной нужно не менее 2</numerusform>
            <numerusform>у ломаной %n точки; ломаной нужно не менее 2</numerusform>
            <numerusform>у ломаной %n точек; ломаной нужно не менее 2</numerusform>
        </translation>
    </message>
    <message>
        <source>the region has no shape_attributes.name</source>
        <translation>у области нет shape_attributes.name</translation>
    </message>
    <message>
        <source>the VIA shape “%1” has no Provena region shape</source>
        <translation>фигуре VIA «%1» не соответствует ни одна фигура области Provena</translation>
    </message>
    <message>
        <source>the %1 has no valid number in %2</source>
        <translation>у фигуры %1 нет допустимого числа в %2</translation>
    </message>
    <message>
        <source>%1 have no attribute “%2”: imported without a label.</source>
        <translation>%1: нет атрибута «%2»; импортировано без метки.</translation>
    </message>
    <message>
        <source>%1 have several region attributes and none is called label, name, type or class: imported without a label. Name the attribute that holds the label.</source>
        <translation>%1: несколько атрибутов области, и ни один не называется label, name, type или class; импортировано без метки. Укажите атрибут, содержащий метку.</translation>
    </message>
    <message>
        <source>“%1” has EXIF orientation %2 and a VIA file records no image size to tell on which grid it was drawn: the coordinates are taken on the image as displayed, as browsers show it.</source>
        <translation>У «%1» ориентация EXIF %2, а в файле VIA не записан размер изображения, по которому можно определить, на какой сетке рисовались области: координаты берутся по изображению в том виде, в каком его показывают браузеры.</translation>
    </message>
</context>
<context>
    <name>XmpCommand</name>
    <message>
        <source>image %1: skipped</source>
        <translation>изображение %1: пропущено</translation>
    </message>
    <message>
        <source>image %1: %2: failed: %3</source>
        <translation>изображение %1: %2: ошибка: %3</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>не изменён</translation>
    </message>
    <message>
        <source>would be created</source>
        <translation>будет создан</translation>
    </message>
    <message>
        <source>would be written</source>
        <translation>будет записан</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создан</translation>
    </message>
    <message>
        <source>written</source>
        <translation>записан</translation>
    </message>
    <message>
        <source>image %1: %2: %3</source>
        <translation>изображение %1: %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n область</numerusform>
            <numerusform>%n области</numerusform>
            <numerusform>%n областей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n as MWG person region(s)</source>
        <translation>
            <numerusform>в том числе как области персон MWG: %n</numerusform>
            <numerusform>в том числе как области персон MWG: %n</numerusform>
            <numerusform>в том числе как области персон MWG: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>kept from other tools: %1 properties, %2 regions</source>
        <translation>сохранено от других программ: свойств — %1, областей — %2</translation>
    </message>
    <message>
        <source>not written: %1</source>
        <translation>не записано: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>примечание: %1</translation>
    </message>
    <message>
        <source>Write an XMP sidecar (IMAGE.EXT.xmp) beside each local image of the article: the image&apos;s accepted provenance (creator, credit line, source, copyright or usage terms, digital source type, date created), its caption, the persons shown, and every region as an IPTC image region (people also as MWG regions), so digiKam, Lightroom and exiftool see them. Fields other tools wrote are kept. One article per run; see docs/cli.md for many articles with GNU parallel.</source>
        <translation>Записать файл-компаньон XMP (ИЗОБРАЖЕНИЕ.РАСШ.xmp) рядом с каждым локальным изображением статьи: принятые сведения о происхождении изображения (автор, подпись (указание источника), источник, авторские права или условия использования, тип цифрового источника, дата создания), подпись к фото, изображённые люди и каждая область как область изображения IPTC (люди также как области MWG), чтобы их видели digiKam, Lightroom и exiftool. Поля, записанные другими программами, сохраняются. Одна статья за запуск; обработка многих статей с помощью GNU parallel описана в docs/cli.md.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Only image N (from 1, in article order).</source>
        <translation>Только изображение N (начиная с 1, в порядке статьи).</translation>
    </message>
    <message>
        <source>keep-extension (photo.jpg.xmp, digiKam and darktable) or replace-extension (photo.xmp, Lightroom). Default: the setting xmp/sidecarNaming, else keep-extension.</source>
        <translation>keep-extension (photo.jpg.xmp, digiKam и darktable) или replace-extension (photo.xmp, Lightroom). По умолчанию: параметр xmp/sidecarNaming, иначе keep-extension.</translation>
    </message>
    <message>
        <source>Say what would be written; write nothing.</source>
        <translation>Показать, что будет записано; ничего не записывать.</translation>
    </message>
    <message>
        <source>Print JSON (schema provena-xmp/1, see docs/cli.md).</source>
        <translation>Вывести JSON (схема provena-xmp/1, см. docs/cli.md).</translation>
    </message>
    <message>
        <source>The article file (Markdown, HTML or text).</source>
        <translation>Файл статьи (Markdown, HTML или текст).</translation>
    </message>
    <message>
        <source>--naming must be keep-extension or replace-extension, not “%1”</source>
        <translation>--naming должен иметь значение keep-extension или replace-extension, а не «%1»</translation>
    </message>
    <message numerus="yes">
        <source>image %1 does not exist: the article has %n image(s)</source>
        <translation>
            <numerusform>изображения %1 не существует: в статье %n изображение</numerusform>
            <numerusform>изображения %1 не существует: в статье %n изображения</numerusform>
            <numerusform>изображения %1 не существует: в статье %n изображений</numerusform>
        </translation>
    </message>
    <message>
        <source>The article has no images.</source>
        <translation>В статье нет изображений.</translation>
    </message>
    <message>
        <source>image %1: </source>
        <translation>изображение %1: </translation>
    </message>
</context>
<context>
    <name>XmpExport</name>
    <message>
        <source>The date created “%1” is a range, which photoshop:DateCreated cannot hold; it was not written.</source>
        <translation>Дата создания «%1» является диапазоном, который не может храниться в photoshop:DateCreated; она не записана.</translation>
    </message>
    <message>
        <source>image %1: “%2” lies outside the article&apos;s folder; Provena writes XMP sidecars only inside it.</source>
        <translation>изображение %1: «%2» находится за пределами папки статьи; Provena записывает файлы-компаньоны XMP только внутри неё.</translation>
    </message>
    <message>
        <source>image %1: “%2” is not fetched yet, so there is no file to write a sidecar beside. Fetch it first.</source>
        <translation>изображение %1: «%2» ещё не загружено, поэтому нет файла, рядом с которым можно записать файл-компаньон. Сначала загрузите его.</translation>
    </message>
    <message>
        <source>image %1: %2</source>
        <translation>изображение %1: %2</translation>
    </message>
    <message>
        <source>image %1: “%2” is not there; no sidecar was written for it.</source>
        <translation>изображение %1: «%2» отсутствует; файл-компаньон для него не записан.</translation>
    </message>
    <message>
        <source>The XMP sidecar</source>
        <translation>Файл-компаньон XMP</translation>
    </message>
</context>
<context>
    <name>XmpRegionReader</name>
    <message>
        <source>Could not read the regions in the XMP metadata of “%1”: the file is damaged or not an image format Provena knows.</source>
        <translation>Не удалось прочитать области в метаданных XMP «%1»: файл повреждён или имеет формат изображения, неизвестный Provena.</translation>
    </message>
    <message>
        <source>The image&apos;s metadata is damaged (%1); regions after the damage may be missing.</source>
        <translation>Метаданные изображения повреждены (%1); области после повреждённого места могут отсутствовать.</translation>
    </message>
    <message>
        <source>%1 gives the orientation as %2, the image as %3: the regions are placed as the image&apos;s orientation says.</source>
        <translation>%1 указывает ориентацию %2, а изображение — %3: области размещены в соответствии с ориентацией изображения.</translation>
    </message>
    <message>
        <source>Could not read the regions in the XMP metadata of “%1”: its pixel size is unknown, so the regions cannot be placed.</source>
        <translation>Не удалось прочитать области в метаданных XMP «%1»: размер в пикселях неизвестен, поэтому области невозможно разместить.</translation>
    </message>
    <message>
        <source>Could not read the regions in “%1”: the image&apos;s pixel size is unknown, so the regions cannot be placed.</source>
        <translation>Не удалось прочитать области в «%1»: размер изображения в пикселях неизвестен, поэтому области невозможно разместить.</translation>
    </message>
    <message>
        <source>the polygon has no rbVertices</source>
        <translation>у многоугольника нет rbVertices</translation>
    </message>
    <message>
        <source>rbVertices[%1] is missing</source>
        <translation>отсутствует rbVertices[%1]</translation>
    </message>
    <message>
        <source>it has no RegionBoundary</source>
        <translation>у неё нет RegionBoundary</translation>
    </message>
    <message>
        <source>rbUnit is missing</source>
        <translation>отсутствует rbUnit</translation>
    </message>
    <message>
        <source>its unit “%1” is neither pixel nor relative</source>
        <translation>её единица измерения «%1» не является ни pixel, ни relative</translation>
    </message>
    <message>
        <source>its width or height is negative</source>
        <translation>её ширина или высота отрицательна</translation>
    </message>
    <message>
        <source>its radius is negative</source>
        <translation>её радиус отрицателен</translation>
    </message>
    <message>
        <source>rbShape is missing</source>
        <translation>отсутствует rbShape</translation>
    </message>
    <message>
        <source>its shape “%1” is not a rectangle, circle or polygon</source>
        <translation>её фигура «%1» не является прямоугольником, кругом или многоугольником</translation>
    </message>
    <message>
        <source>%1 was not imported: %2.</source>
        <translation>Не импортировано: %1: %2.</translation>
    </message>
    <message>
        <source>%1[%2] in %3</source>
        <translation>%1[%2] в %3</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>отсутствует %1</translation>
    </message>
    <message>
        <source>%1 is not a number (“%2”)</source>
        <translation>%1 не является числом («%2»)</translation>
    </message>
    <message>
        <source>%1 is not a finite number (“%2”)</source>
        <translation>%1 не является конечным числом («%2»)</translation>
    </message>
    <message>
        <source>it has no Area</source>
        <translation>у неё нет Area</translation>
    </message>
    <message>
        <source>its unit “%1” is not normalized</source>
        <translation>её единица измерения «%1» не является normalized</translation>
    </message>
    <message>
        <source>its diameter is negative</source>
        <translation>её диаметр отрицателен</translation>
    </message>
    <message>
        <source>The MWG regions in %1 were tagged on a %2 × %3 image; this image is %4 × %5 pixels as stored. They are placed at the same relative positions: check them on the image.</source>
        <translation>Области MWG в %1 отмечены на изображении размером %2 × %3; размер этого изображения в сохранённом виде — %4 × %5 пикселей. Они размещены в тех же относительных позициях: проверьте их на изображении.</translation>
    </message>
    <message>
        <source>it is turned by %1 (Rotation), and Provena&apos;s rectangles cannot turn</source>
        <translation>она повёрнута на %1 (Rotation), а прямоугольники Provena не поворачиваются</translation>
    </message>
</context>
<context>
    <name>XmpSidecarWriter</name>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>Region %1 is a polyline: IPTC regions are closed shapes, so it is not written to the XMP sidecar. Provena&apos;s own sidecar keeps it.</source>
        <translation>Область %1 является ломаной: области IPTC — замкнутые фигуры, поэтому она не записана в файл-компаньон XMP. В собственном файле-компаньоне Provena она сохраняется.</translation>
    </message>
    <message>
        <source>Region %1 has no valid outline, so it is not written to the XMP sidecar. Redraw it in Provena.</source>
        <translation>У области %1 нет допустимого контура, поэтому она не записана в файл-компаньон XMP. Нарисуйте её в Provena заново.</translation>
    </message>
    <message numerus="yes">
        <source>The MWG regions in the sidecar apply to an image of %1×%2 pixels, but the image is stored at %3×%4: Provena kept them and did not add its %n person region(s) as MWG regions (they are written as IPTC regions). Remove the MWG regions in the tool that wrote them if they are out of date.</source>
        <translation>
            <numerusform>Области MWG в файле-компаньоне относятся к изображению размером %1×%2 пикселей, но изображение хранится в размере %3×%4: Provena сохранила их и не добавила свою %n область персоны как область MWG (она записана как область IPTC). Если области MWG устарели, удалите их в программе, которая их записала.</numerusform>
            <numerusform>Области MWG в файле-компаньоне относятся к изображению размером %1×%2 пикселей, но изображение хранится в размере %3×%4: Provena сохранила их и не добавила свои %n области персон как области MWG (они записаны как области IPTC). Если области MWG устарели, удалите их в программе, которая их записала.</numerusform>
            <numerusform>Области MWG в файле-компаньоне относятся к изображению размером %1×%2 пикселей, но изображение хранится в размере %3×%4: Provena сохранила их и не добавила свои %n областей персон как области MWG (они записаны как области IPTC). Если области MWG устарели, удалите их в программе, которая их записала.</numerusform>
        </translation>
    </message>
    <message>
        <source>XMP packet</source>
        <translation>Пакет XMP</translation>
    </message>
    <message>
        <source>Could not write the XMP sidecar “%1”: Exiv2 could not build its XMP. Nothing was changed; please report this with the sidecar attached.</source>
        <translation>Не удалось записать файл-компаньон XMP «%1»: Exiv2 не смог сформировать XMP. Ничего не изменено; сообщите об этой ошибке, приложив файл-компаньон.</translation>
    </message>
    <message>
        <source>“%1” is not valid XMP, so Provena left it as it is and wrote nothing. Repair the sidecar in the tool that wrote it, or move it away, then write again.</source>
        <translation>«%1» не является допустимым XMP, поэтому Provena оставила его без изменений и ничего не записала. Исправьте файл-компаньон в программе, которая его записала, или переместите его, затем запишите снова.</translation>
    </message>
    <message>
        <source>%1 was changed by another tool since Provena wrote it (it is now “%2”), so Provena kept that and did not write its own value “%3”. Remove %1 from the sidecar if Provena&apos;s value should be written.</source>
        <translation>%1 изменено другой программой после записи Provena (теперь «%2»), поэтому Provena сохранила это значение и не записала своё значение «%3». Если нужно записать значение Provena, удалите %1 из файла-компаньона.</translation>
    </message>
    <message>
        <source>%1 in the sidecar was written by another tool (“%2”), so Provena kept it and did not write its own value “%3”. Remove %1 from the sidecar if Provena&apos;s value should be written.</source>
        <translation>%1 в файле-компаньоне записано другой программой («%2»), поэтому Provena сохранила его и не записала своё значение «%3». Если нужно записать значение Provena, удалите %1 из файла-компаньона.</translation>
    </message>
    <message>
        <source>Provena cannot place the regions in the XMP sidecar “%1”: the image&apos;s size is not known. Make sure the image opens in Provena, then write again.</source>
        <translation>Provena не может разместить области в файле-компаньоне XMP «%1»: размер изображения неизвестен. Убедитесь, что изображение открывается в Provena, затем запишите снова.</translation>
    </message>
    <message>
        <source>The XMP sidecar “%1” is a symbolic link to “%2”: Provena does not write through links, because that would change “%2” instead. Replace the link with a copy of the file, or remove it, then write again.</source>
        <translation>Файл-компаньон XMP «%1» является символической ссылкой на «%2»: Provena не записывает через ссылки, так как при этом изменился бы «%2». Замените ссылку копией файла или удалите её, затем запишите снова.</translation>
    </message>
    <message>
        <source>The XMP sidecar</source>
        <translation>Файл-компаньон XMP</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>Could not set the compression for “%1” in “%2”.</source>
        <translation>Не удалось задать сжатие для «%1» в «%2».</translation>
    </message>
    <message>
        <source>Could not add “%1” to “%2”.</source>
        <translation>Не удалось добавить «%1» в «%2».</translation>
    </message>
    <message>
        <source>Could not write “%1” into “%2”. Check the free disk space.</source>
        <translation>Не удалось записать «%1» в «%2». Проверьте свободное место на диске.</translation>
    </message>
    <message>
        <source>Could not finish “%1” in “%2”.</source>
        <translation>Не удалось завершить запись «%1» в «%2».</translation>
    </message>
    <message>
        <source>Could not write “%1”: it is a symbolic link (to “%2”), and Provena never writes through links. Choose another file name.</source>
        <translation>Не удалось записать «%1»: это символическая ссылка (на «%2»), а Provena никогда не записывает через ссылки. Выберите другое имя файла.</translation>
    </message>
    <message>
        <source>Could not write “%1”: it is %2, not a file. Choose another file name.</source>
        <translation>Не удалось записать «%1»: это %2, а не файл. Выберите другое имя файла.</translation>
    </message>
    <message>
        <source>Could not create “%1”. Check that the folder exists and is writable.</source>
        <translation>Не удалось создать «%1». Убедитесь, что папка существует и доступна для записи.</translation>
    </message>
    <message>
        <source>Could not start the zip “%1”.</source>
        <translation>Не удалось начать создание zip-архива «%1».</translation>
    </message>
    <message>
        <source>The zip “%1” is not open for writing.</source>
        <translation>Zip-архив «%1» не открыт для записи.</translation>
    </message>
    <message>
        <source>“%1” changed while the bundle was written (%2 bytes, expected %3). Export again.</source>
        <translation>«%1» изменился во время записи пакета (%2 байт, ожидалось %3). Выполните экспорт снова.</translation>
    </message>
    <message>
        <source>Writing “%1” was cancelled.</source>
        <translation>Запись «%1» отменена.</translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation>Не удалось прочитать «%1».</translation>
    </message>
    <message>
        <source>“%1” grew while the bundle was written. Export again.</source>
        <translation>«%1» увеличился во время записи пакета. Выполните экспорт снова.</translation>
    </message>
    <message>
        <source>“%1” shrank while the bundle was written (%2 of %3 bytes). Export again.</source>
        <translation>«%1» уменьшился во время записи пакета (%2 из %3 байт). Выполните экспорт снова.</translation>
    </message>
    <message>
        <source>The zip “%1” was not written: an earlier step failed.</source>
        <translation>Zip-архив «%1» не записан: ошибка на предыдущем шаге.</translation>
    </message>
    <message>
        <source>Could not finish the zip “%1”. Check the free disk space.</source>
        <translation>Не удалось завершить zip-архив «%1». Проверьте свободное место на диске.</translation>
    </message>
    <message>
        <source>Could not save “%1”.</source>
        <translation>Не удалось сохранить «%1».</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Print what Provena understands of an article file</source>
        <translation>Вывести, что Provena понимает в файле статьи</translation>
    </message>
    <message>
        <source>Add, list or remove image regions (region --help)</source>
        <translation>Добавить, вывести список или удалить области изображения (region --help)</translation>
    </message>
    <message>
        <source>Import regions from labelme, COCO, VIA or XMP; and all `region` does</source>
        <translation>Импортировать области из labelme, COCO, VIA или XMP; плюс всё, что делает `region`</translation>
    </message>
    <message>
        <source>Suggest faces on an article&apos;s images; --accept adds them as person regions</source>
        <translation>Предложить лица на изображениях статьи; --accept добавляет их как области персон</translation>
    </message>
    <message>
        <source>Link a region to a span of the article text</source>
        <translation>Связать область с фрагментом текста статьи</translation>
    </message>
    <message>
        <source>Check a sidecar against its article and images (no writes)</source>
        <translation>Проверить файл-компаньон по статье и изображениям (без записи)</translation>
    </message>
    <message>
        <source>List region labels; add or remove your own</source>
        <translation>Вывести список меток областей; добавить или удалить свои</translation>
    </message>
    <message>
        <source>Print an image&apos;s provenance metadata, flags and warnings</source>
        <translation>Вывести метаданные о происхождении изображения, флаги и предупреждения</translation>
    </message>
    <message>
        <source>List the agencies suggestions resolve; add or remove your own</source>
        <translation>Вывести список агентств, распознаваемых в предложениях; добавить или удалить свои</translation>
    </message>
    <message>
        <source>Show or change where each image comes from: claims, suggestions, verdict</source>
        <translation>Показать или изменить происхождение каждого изображения: утверждения, предложения, вердикт</translation>
    </message>
    <message>
        <source>Fetch images named by http(s) URL into STEM_files/, with a custody record</source>
        <translation>Загрузить изображения, указанные URL http(s), в STEM_files/ с записью цепочки хранения</translation>
    </message>
    <message>
        <source>Write XMP sidecars beside the article&apos;s images (digiKam, exiftool)</source>
        <translation>Записать файлы-компаньоны XMP рядом с изображениями статьи (digiKam, exiftool)</translation>
    </message>
    <message>
        <source>Export articles with their annotations as a BagIt zip (report, renderings)</source>
        <translation>Экспортировать статьи с аннотациями в zip-архив BagIt (отчёт, визуализации)</translation>
    </message>
    <message>
        <source>Check a bundle: checksums and every sidecar (no writes)</source>
        <translation>Проверить пакет: контрольные суммы и все файлы-компаньоны (без записи)</translation>
    </message>
    <message>
        <source>Extract a bundle safely into a folder and verify it</source>
        <translation>Безопасно распаковать пакет в папку и проверить его</translation>
    </message>
    <message>
        <source>Forensic view of an image: ELA, noise, gradient or copy-move clones</source>
        <translation>Криминалистическое представление изображения: ELA, шум, градиент или клонирование</translation>
    </message>
    <message>
        <source>A JPEG&apos;s quantisation tables, estimated quality, standard IJG or not</source>
        <translation>Таблицы квантования JPEG, оценка качества, стандартные IJG или нет</translation>
    </message>
    <message>
        <source>Compare two images: hashes, alignment, crop rectangle and scale of B in A</source>
        <translation>Сравнить два изображения: хеши, выравнивание, прямоугольник кадрирования и масштаб B в A</translation>
    </message>
    <message>
        <source>Find other versions of a photo (crops, re-encodes, mirrored) under a folder</source>
        <translation>Найти в папке другие версии фотографии (кадрированные, перекодированные, отражённые)</translation>
    </message>
    <message>
        <source>Three-way merge of two sidecars by annotation and field (git merge driver)</source>
        <translation>Трёхстороннее слияние двух файлов-компаньонов по аннотациям и полям (драйвер слияния git)</translation>
    </message>
    <message>
        <source>Install provena-cli merge as the git merge driver of sidecars in a repo</source>
        <translation>Установить provena-cli merge как драйвер слияния git для файлов-компаньонов в репозитории</translation>
    </message>
    <message>
        <source>Usage: provena-cli COMMAND [OPTIONS] ARGS...
       provena-cli COMMAND --help

Commands:
</source>
        <translation>Использование: provena-cli КОМАНДА [ПАРАМЕТРЫ] АРГУМЕНТЫ...
               provena-cli КОМАНДА --help

Команды:
</translation>
    </message>
    <message>
        <source>provena-cli: unknown command &apos;%1&apos;

</source>
        <translation>provena-cli: неизвестная команда «%1»

</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 problems found, 2 input error, 64 usage error.
Options: --help, --version, --lang CODE (before the command)
</source>
        <translation>
Коды выхода: 0 — успешно, 1 — обнаружены проблемы, 2 — ошибка входных данных, 64 — ошибка использования.
Параметры: --help, --version, --lang CODE (перед командой)
</translation>
    </message>
    <message>
        <source>provena-cli: unknown language “%1” for --lang; use one of: %2
</source>
        <translation>provena-cli: неизвестный язык «%1» для --lang; используйте один из: %2
</translation>
    </message>
    <message>
        <source>Resolve merge conflicts of claims, images, labels (conflicts --help)</source>
        <translation>Разрешить конфликты слияния утверждений, изображений, меток (conflicts --help)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Annotate news photos and their provenance.</source>
        <translation>Аннотирование новостных фотографий и их происхождения.</translation>
    </message>
    <message>
        <source>provena: unknown language “%1” (known: %2); using the default.</source>
        <translation>provena: неизвестный язык «%1» (известные: %2); используется язык по умолчанию.</translation>
    </message>
    <message>
        <source>Language of the program: %1 (default: Preferences, else the system&apos;s).</source>
        <translation>Язык программы: %1 (по умолчанию: из настроек, иначе системный).</translation>
    </message>
    <message>
        <source>Article to open (.txt, .md), or its sidecar (.provena.jsonld).</source>
        <translation>Статья для открытия (.txt, .md) или её файл-компаньон (.provena.jsonld).</translation>
    </message>
</context>
<context>
    <name>provena::AboutDialog</name>
    <message>
        <source>About Provena</source>
        <translation>О Provena</translation>
    </message>
    <message>
        <source>&lt;b&gt;Provena&lt;/b&gt; %1&lt;br&gt;Annotate news photos and their provenance.</source>
        <translation>&lt;b&gt;Provena&lt;/b&gt; %1&lt;br&gt;Аннотирование новостных фотографий и их происхождения.</translation>
    </message>
    <message>
        <source>Libraries in use:&lt;br&gt;%1</source>
        <translation>Используемые библиотеки:&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>provena::ActionManager</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
</context>
<context>
    <name>provena::AgencyEditDialog</name>
    <message>
        <source>Add Agency</source>
        <translation>Добавление агентства</translation>
    </message>
    <message>
        <source>Agency ID</source>
        <translation>Идентификатор агентства</translation>
    </message>
    <message>
        <source>e.g. yonhap</source>
        <translation>например, yonhap</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Название агентства</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>ISO code, e.g. KR</source>
        <translation>Код ISO, например KR</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;Идентификатор:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Abbreviation:</source>
        <translation>&amp;Сокращение:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>The ID must be 1–64 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Идентификатор должен состоять из 1–64 строчных латинских букв, цифр, «-» или «_».</translation>
    </message>
    <message>
        <source>You already have an agency “%1”; remove it first.</source>
        <translation>У вас уже есть агентство «%1»; сначала удалите его.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Введите название.</translation>
    </message>
</context>
<context>
    <name>provena::ArticleTextView</name>
    <message>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <source>The article, read-only. Linked passages are highlighted.</source>
        <translation>Статья, только для чтения. Связанные фрагменты выделены.</translation>
    </message>
    <message>
        <source>Open an article with File › Open (Ctrl+O) or drop a file here.</source>
        <translation>Откройте статью через «Файл › Открыть» (Ctrl+O) или перетащите файл сюда.</translation>
    </message>
    <message>
        <source>Image %1 cannot be read
%2</source>
        <translation>Не удаётся прочитать изображение %1
%2</translation>
    </message>
    <message>
        <source>Image %1 is outside the article&apos;s folder
%2</source>
        <translation>Изображение %1 находится за пределами папки статьи
%2</translation>
    </message>
    <message>
        <source>Image %1 is not on disk
%2</source>
        <translation>Изображения %1 нет на диске
%2</translation>
    </message>
    <message>
        <source>Loading image %1…</source>
        <translation>Загрузка изображения %1…</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Изображение %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Linked to %n region(s)</source>
        <translation>
            <numerusform>Связано с %n областью</numerusform>
            <numerusform>Связано с %n областями</numerusform>
            <numerusform>Связано с %n областями</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>provena::AssistActionHandler</name>
    <message>
        <source>Suggest &amp;Faces</source>
        <translation>Предложить &amp;лица</translation>
    </message>
    <message>
        <source>Look for faces in this image and show them as dashed suggestions.</source>
        <translation>Найти лица на этом изображении и показать их в виде пунктирных предложений.</translation>
    </message>
    <message>
        <source>&amp;Accept All Suggestions</source>
        <translation>&amp;Принять все предложения</translation>
    </message>
    <message>
        <source>Every suggestion becomes a person region (one undo step).</source>
        <translation>Каждое предложение становится областью персоны (один шаг отмены).</translation>
    </message>
    <message>
        <source>&amp;Reject All Suggestions</source>
        <translation>&amp;Отклонить все предложения</translation>
    </message>
    <message>
        <source>Accept Suggestion</source>
        <translation>Принять предложение</translation>
    </message>
    <message>
        <source>Reject Suggestion</source>
        <translation>Отклонить предложение</translation>
    </message>
    <message>
        <source>&amp;Snap to Outline</source>
        <translation>&amp;Привязать к контуру</translation>
    </message>
    <message>
        <source>Turn the selected rectangle into a polygon around the object in it.</source>
        <translation>Превратить выбранный прямоугольник в многоугольник вокруг находящегося в нём объекта.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>There is no image file shown to look for faces in.</source>
        <translation>Нет показанного файла изображения, в котором можно искать лица.</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Face detection in “%1” cancelled.</source>
        <translation>Распознавание лиц в «%1» отменено.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) suggested in “%1”.</source>
        <translation>
            <numerusform>В «%1» предложено %n лицо.</numerusform>
            <numerusform>В «%1» предложено %n лица.</numerusform>
            <numerusform>В «%1» предложено %n лиц.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already annotated.</source>
        <translation>
            <numerusform>%n уже аннотировано.</numerusform>
            <numerusform>%n уже аннотированы.</numerusform>
            <numerusform>%n уже аннотировано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Right-click one to accept or reject it, or use the Image menu.</source>
        <translation>Щёлкните по предложению правой кнопкой мыши, чтобы принять или отклонить его, или воспользуйтесь меню «Изображение».</translation>
    </message>
    <message>
        <source>Select one rectangle region to snap to its object&apos;s outline.</source>
        <translation>Выберите одну прямоугольную область, чтобы привязать её к контуру объекта.</translation>
    </message>
    <message>
        <source>There is no image file to snap the region to.</source>
        <translation>Нет файла изображения, к которому можно привязать область.</translation>
    </message>
    <message>
        <source>Snap</source>
        <translation>Привязка</translation>
    </message>
    <message numerus="yes">
        <source>Snapped to an outline of %n point(s).</source>
        <translation>
            <numerusform>Привязано к контуру из %n точки.</numerusform>
            <numerusform>Привязано к контуру из %n точек.</numerusform>
            <numerusform>Привязано к контуру из %n точек.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>provena::BoxTool</name>
    <message>
        <source>Ellipse</source>
        <translation>Эллипс</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Прямоугольник</translation>
    </message>
    <message>
        <source>Drag to the opposite corner; Shift: square; Alt: from centre</source>
        <translation>Тяните до противоположного угла; Shift — квадрат; Alt — от центра</translation>
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
            <numerusform>… и ещё %n (см. подробности)</numerusform>
            <numerusform>… и ещё %n (см. подробности)</numerusform>
            <numerusform>… и ещё %n (см. подробности)</numerusform>
        </translation>
    </message>
    <message>
        <source>Extract “%1” Into (its folder is made there)</source>
        <translation>Распаковать «%1» в (там будет создана папка)</translation>
    </message>
    <message>
        <source>Open Article from Bundle</source>
        <translation>Открыть статью из пакета</translation>
    </message>
    <message numerus="yes">
        <source>The bundle holds %n article(s). Open:</source>
        <translation>
            <numerusform>В пакете %n статья. Открыть:</numerusform>
            <numerusform>В пакете %n статьи. Открыть:</numerusform>
            <numerusform>В пакете %n статей. Открыть:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>&amp;Экспорт пакета…</translation>
    </message>
    <message>
        <source>Write articles with their images, annotations, renderings and report into one BagIt zip for editors, lawyers or archives.</source>
        <translation>Записать статьи с изображениями, аннотациями, визуализациями и отчётом в один zip-архив BagIt для редакторов, юристов или архивов.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>В «%1» есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>A bundle holds the saved files. Save the changes and export?</source>
        <translation>Пакет содержит сохранённые файлы. Сохранить изменения и выполнить экспорт?</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n article(s)…</source>
        <translation>
            <numerusform>Подготовка %n статьи…</numerusform>
            <numerusform>Подготовка %n статей…</numerusform>
            <numerusform>Подготовка %n статей…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Preparing article %1 of %2</source>
        <translation>Подготовка статьи %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>Writing the zip of %n article(s): %1 of %2</source>
        <translation>
            <numerusform>Запись zip-архива из %n статьи: %1 из %2</numerusform>
            <numerusform>Запись zip-архива из %n статей: %1 из %2</numerusform>
            <numerusform>Запись zip-архива из %n статей: %1 из %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Завершение…</translation>
    </message>
    <message>
        <source>Cancelling the export…</source>
        <translation>Отмена экспорта…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Export cancelled: no bundle was written.</source>
        <translation>Экспорт отменён: пакет не записан.</translation>
    </message>
    <message>
        <source>Could Not Export Bundle</source>
        <translation>Не удалось экспортировать пакет</translation>
    </message>
    <message>
        <source>The bundle “%1” was not written.</source>
        <translation>Пакет «%1» не записан.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Show Report</source>
        <translation>Показать отчёт</translation>
    </message>
    <message>
        <source>Extracts the bundle into a temporary folder and opens the first article&apos;s report in the browser.</source>
        <translation>Распаковывает пакет во временную папку и открывает отчёт первой статьи в браузере.</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>Скрыть это сообщение</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1 (%2)</source>
        <translation>
            <numerusform>%n статья экспортирована в %1 (%2)</numerusform>
            <numerusform>%n статьи экспортированы в %1 (%2)</numerusform>
            <numerusform>%n статей экспортировано в %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n warning(s): %1</source>
        <translation>
            <numerusform>; %n предупреждение: %1</numerusform>
            <numerusform>; %n предупреждения: %1</numerusform>
            <numerusform>; %n предупреждений: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Show Report</source>
        <translation>Не удалось показать отчёт</translation>
    </message>
    <message>
        <source>The bundle “%1” is not there any more.</source>
        <translation>Пакета «%1» больше нет.</translation>
    </message>
    <message>
        <source>Provena could not make a temporary folder to extract the report into.</source>
        <translation>Provena не удалось создать временную папку для распаковки отчёта.</translation>
    </message>
    <message>
        <source>Extracting “%1” to show its report…</source>
        <translation>Распаковка «%1» для показа отчёта…</translation>
    </message>
    <message>
        <source>Show Report cancelled.</source>
        <translation>Показ отчёта отменён.</translation>
    </message>
    <message>
        <source>The bundle “%1” has no report at “%2”.</source>
        <translation>В пакете «%1» нет отчёта по пути «%2».</translation>
    </message>
    <message>
        <source>No application opened %1.</source>
        <translation>Ни одно приложение не открыло %1.</translation>
    </message>
    <message>
        <source>Wait for the bundle being worked on, or cancel it.</source>
        <translation>Дождитесь завершения работы с текущим пакетом или отмените её.</translation>
    </message>
    <message>
        <source>Could Not Open Bundle</source>
        <translation>Не удалось открыть пакет</translation>
    </message>
    <message>
        <source>“%1” is not a file in “%2”.</source>
        <translation>«%1» не является файлом в «%2».</translation>
    </message>
    <message>
        <source>Open Bundle</source>
        <translation>Открыть пакет</translation>
    </message>
    <message>
        <source>Extracting and checking “%1” into %2…</source>
        <translation>Распаковка и проверка «%1» в %2…</translation>
    </message>
    <message>
        <source>Opening the bundle was cancelled: nothing was extracted.</source>
        <translation>Открытие пакета отменено: ничего не распаковано.</translation>
    </message>
    <message>
        <source>Bundle Problems</source>
        <translation>Проблемы пакета</translation>
    </message>
    <message numerus="yes">
        <source>“%1” opened with %n problem(s):</source>
        <translation>
            <numerusform>«%1» открыт с %n проблемой:</numerusform>
            <numerusform>«%1» открыт с %n проблемами:</numerusform>
            <numerusform>«%1» открыт с %n проблемами:</numerusform>
        </translation>
    </message>
    <message>
        <source>No Article in Bundle</source>
        <translation>В пакете нет статьи</translation>
    </message>
    <message>
        <source>The bundle holds no article with Provena annotations.</source>
        <translation>В пакете нет статьи с аннотациями Provena.</translation>
    </message>
    <message>
        <source>Its files are in %1.</source>
        <translation>Его файлы находятся в %1.</translation>
    </message>
    <message>
        <source>The bundle is in %1.</source>
        <translation>Пакет находится в %1.</translation>
    </message>
    <message>
        <source>Opened %1 from the bundle in %2.</source>
        <translation>Открыт %1 из пакета в %2.</translation>
    </message>
</context>
<context>
    <name>provena::CanvasPane</name>
    <message>
        <source>No image</source>
        <translation>Нет изображения</translation>
    </message>
    <message>
        <source>Loading image</source>
        <translation>Загрузка изображения</translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation>Загрузка «%1»…</translation>
    </message>
    <message>
        <source>Image %1: loading…</source>
        <translation>Изображение %1: загрузка…</translation>
    </message>
    <message>
        <source>%1 × %2 px (loading full resolution…)</source>
        <translation>%1 × %2 пикс. (загрузка в полном разрешении…)</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 пикс.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2 Attach another copy of the image.</source>
        <translation>Не удалось прочитать «%1»: %2 Прикрепите другую копию изображения.</translation>
    </message>
    <message>
        <source>Image %1: not available</source>
        <translation>Изображение %1: недоступно</translation>
    </message>
</context>
<context>
    <name>provena::ChangeBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Перезагрузить</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Keep Current</source>
        <translation>&amp;Оставить текущую</translation>
    </message>
    <message>
        <source>Files changed on disk</source>
        <translation>Файлы изменены на диске</translation>
    </message>
    <message>
        <source>Reload the article from disk</source>
        <translation>Перезагрузить статью с диска</translation>
    </message>
    <message>
        <source>Save your version under another name</source>
        <translation>Сохранить вашу версию под другим именем</translation>
    </message>
    <message>
        <source>Keep the version in Provena</source>
        <translation>Оставить версию в Provena</translation>
    </message>
    <message>
        <source>Not saved: %1 was changed on disk by another program since you opened it, and Provena did not overwrite it. Reload to load that version (your unsaved changes are discarded), or Save As… to keep your version under another name.</source>
        <translation>Не сохранено: %1 был изменён на диске другой программой после того, как вы его открыли, и Provena не стала его перезаписывать. Перезагрузите, чтобы загрузить ту версию (несохранённые изменения будут потеряны), или выберите «Сохранить как…», чтобы сохранить вашу версию под другим именем.</translation>
    </message>
    <message>
        <source>Changed on disk: %1. Reload to see the new version; your unsaved changes are kept unless you choose to discard them.</source>
        <translation>Изменено на диске: %1. Перезагрузите, чтобы увидеть новую версию; несохранённые изменения сохранятся, если вы не решите их отбросить.</translation>
    </message>
    <message>
        <source>Changed on disk: %1. Reload to see the new version.</source>
        <translation>Изменено на диске: %1. Перезагрузите, чтобы увидеть новую версию.</translation>
    </message>
</context>
<context>
    <name>provena::CollectionConflictsDock</name>
    <message>
        <source>Merge Conflicts</source>
        <translation>Конфликты слияния</translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation>Конфликты слияния</translation>
    </message>
    <message>
        <source>No merge conflicts outside the regions.</source>
        <translation>Нет конфликтов слияния вне областей.</translation>
    </message>
    <message numerus="yes">
        <source>The article needs review: %n change(s) merged from another copy conflict with yours. Your value is kept until you choose.</source>
        <translation>
            <numerusform>Статью нужно проверить: %n изменение, слитое из другой копии, конфликтует с вашим. Ваше значение сохраняется, пока вы не выберете.</numerusform>
            <numerusform>Статью нужно проверить: %n изменения, слитые из другой копии, конфликтуют с вашими. Ваше значение сохраняется, пока вы не выберете.</numerusform>
            <numerusform>Статью нужно проверить: %n изменений, слитых из другой копии, конфликтуют с вашими. Ваше значение сохраняется, пока вы не выберете.</numerusform>
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
        <translation>Сравнение с другой версией — %1</translation>
    </message>
    <message>
        <source>Choose another version of %1 to compare.</source>
        <translation>Выберите другую версию %1 для сравнения.</translation>
    </message>
    <message>
        <source>&amp;Overlay</source>
        <translation>&amp;Наложение</translation>
    </message>
    <message>
        <source>&amp;Swipe</source>
        <translation>&amp;Шторка</translation>
    </message>
    <message>
        <source>&amp;Difference</source>
        <translation>&amp;Разница</translation>
    </message>
    <message>
        <source>Opacity of the other version (overlay) or the divider (swipe)</source>
        <translation>Непрозрачность другой версии (наложение) или разделителя (шторка)</translation>
    </message>
    <message>
        <source>&amp;Choose Other Version…</source>
        <translation>&amp;Выбрать другую версию…</translation>
    </message>
    <message>
        <source>Copy &amp;Regions to This Version</source>
        <translation>Копировать &amp;области в эту версию</translation>
    </message>
    <message>
        <source>Record as &amp;Derived From</source>
        <translation>Записать как &amp;производное</translation>
    </message>
    <message>
        <source>Record in this image&apos;s provenance that it was made from the other version, with the match as evidence</source>
        <translation>Записать в сведения о происхождении этого изображения, что оно сделано из другой версии, приложив совпадение в качестве свидетельства</translation>
    </message>
    <message>
        <source>Another Version of %1</source>
        <translation>Другая версия %1</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Matching %1 with %2…</source>
        <translation>Сопоставление %1 с %2…</translation>
    </message>
    <message>
        <source>%1 is not an image of this article.</source>
        <translation>%1 не является изображением этой статьи.</translation>
    </message>
    <message>
        <source>%1 (%2). B lies in A at x %3, y %4, %5 × %6 pixels; scale %7; %8 matching features.
A: %9, SHA-256 %10, dHash %11
B: %12, SHA-256 %13, dHash %14 — distance %15 (mirrored %16)</source>
        <translation>%1 (%2). B находится в A в точке x %3, y %4, %5 × %6 пикселей; масштаб %7; совпадающих признаков: %8.
A: %9, SHA-256 %10, dHash %11
B: %12, SHA-256 %13, dHash %14 — расстояние %15 (с отражением %16)</translation>
    </message>
    <message>
        <source>None of the regions of %1 lies inside %2.</source>
        <translation>Ни одна из областей %1 не находится внутри %2.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n region(s) to %1.</source>
        <translation>
            <numerusform>%n область скопирована в %1.</numerusform>
            <numerusform>%n области скопированы в %1.</numerusform>
            <numerusform>%n областей скопировано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched with Provena: %1 is %2 of this image; its rectangle in this image&apos;s pixels is x %3, y %4, %5 × %6, scale %7; %8 matching features; perceptual hash distance %9.</source>
        <translation>Сопоставлено в Provena: %1 — %2 этого изображения; его прямоугольник в пикселях этого изображения: x %3, y %4, %5 × %6, масштаб %7; совпадающих признаков: %8; расстояние перцептивного хеша: %9.</translation>
    </message>
    <message>
        <source>Recorded that %1 is derived from %2.</source>
        <translation>Записано, что %1 является производным от %2.</translation>
    </message>
</context>
<context>
    <name>provena::CreationTool</name>
    <message>
        <source>Label of the new region</source>
        <translation>Метка новой области</translation>
    </message>
</context>
<context>
    <name>provena::DocumentSession</name>
    <message>
        <source>The existing sidecar could not be read, so Provena will not overwrite it. Keep a copy of it first (&quot;Save and keep the broken file&quot;).</source>
        <translation>Не удалось прочитать существующий файл-компаньон, поэтому Provena не будет его перезаписывать. Сначала сохраните его копию («Сохранить и оставить повреждённый файл»).</translation>
    </message>
    <message>
        <source>There is no image %1 in this article.</source>
        <translation>В этой статье нет изображения %1.</translation>
    </message>
    <message>
        <source>Not a file.</source>
        <translation>Не файл.</translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation>Нет открытой статьи.</translation>
    </message>
</context>
<context>
    <name>provena::ExportBundleDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Render &amp;images and crops</source>
        <translation>Визуализировать &amp;изображения и кадрированные фрагменты</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>Отчёт в &amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Forensic views (error level, noise, gradient)</source>
        <translation>&amp;Криминалистические представления (уровень ошибок, шум, градиент)</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <source>Articles in the bundle</source>
        <translation>Статьи в пакете</translation>
    </message>
    <message>
        <source>Add articles to the bundle</source>
        <translation>Добавить статьи в пакет</translation>
    </message>
    <message>
        <source>Remove the selected articles from the bundle</source>
        <translation>Удалить выбранные статьи из пакета</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <source>/path/to/story-bundle.zip</source>
        <translation>/путь/к/story-bundle.zip</translation>
    </message>
    <message>
        <source>Choose the bundle file</source>
        <translation>Выберите файл пакета</translation>
    </message>
    <message>
        <source>Bagging date</source>
        <translation>Дата упаковки</translation>
    </message>
    <message>
        <source>Written as Bagging-Date and as the time of every file in the zip: the same articles with the same date give the same zip, byte for byte.</source>
        <translation>Записывается как Bagging-Date и как время каждого файла в zip-архиве: одни и те же статьи с одной и той же датой дают побайтно одинаковый zip-архив.</translation>
    </message>
    <message>
        <source>A picture of each image with its regions and legend, and a crop of every region. Without them the report still draws the regions.</source>
        <translation>Визуализация каждого изображения с областями и легендой, а также кадрированный фрагмент каждой области. Без них отчёт всё равно показывает области.</translation>
    </message>
    <message>
        <source>The report also as a PDF, beside the HTML page.</source>
        <translation>Отчёт также в формате PDF, рядом с HTML-страницей.</translation>
    </message>
    <message>
        <source>Each image&apos;s error level analysis, noise residual and luminance gradient as PNG files, listed in the report. They are aids: they show evidence, they do not declare an image fake.</source>
        <translation>Анализ уровня ошибок (ELA), остаточный шум и градиент яркости каждого изображения в виде файлов PNG, перечисленных в отчёте. Это вспомогательные средства: они показывают свидетельства, но не объявляют изображение поддельным.</translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation>Организация-источник</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Имя контактного лица</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Эл. почта контактного лица</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>&amp;Пакет:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Source &amp;organization:</source>
        <translation>&amp;Организация-источник:</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>&amp;Имя контактного лица:</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>&amp;Эл. почта контактного лица:</translation>
    </message>
    <message>
        <source>Bag information (kept for the next bundle)</source>
        <translation>Сведения пакета BagIt (сохраняются для следующего пакета)</translation>
    </message>
    <message>
        <source>Add Articles to the Bundle</source>
        <translation>Добавление статей в пакет</translation>
    </message>
    <message>
        <source>Articles (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Статьи (*.md *.markdown *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export Bundle As</source>
        <translation>Экспорт пакета как</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>Пакеты (*.zip)</translation>
    </message>
    <message>
        <source>Add at least one article.</source>
        <translation>Добавьте хотя бы одну статью.</translation>
    </message>
    <message>
        <source>The article “%1” is not in “%2” any more.</source>
        <translation>Статьи «%1» больше нет в «%2».</translation>
    </message>
    <message>
        <source>Enter the file to write the bundle to, or choose it with Browse….</source>
        <translation>Введите файл, в который нужно записать пакет, или выберите его с помощью кнопки «Обзор…».</translation>
    </message>
    <message>
        <source>Enter the bundle&apos;s full path (for example %1), or choose it with Browse….</source>
        <translation>Введите полный путь к пакету (например, %1) или выберите его с помощью кнопки «Обзор…».</translation>
    </message>
    <message>
        <source>The bundle&apos;s file name must end in .zip.</source>
        <translation>Имя файла пакета должно оканчиваться на .zip.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Папка «%1» не существует.</translation>
    </message>
    <message>
        <source>“%1” is a folder; enter a file name ending in .zip.</source>
        <translation>«%1» — это папка; введите имя файла, оканчивающееся на .zip.</translation>
    </message>
    <message>
        <source>The bundle would replace the article “%1”.</source>
        <translation>Пакет заменит статью «%1».</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«%1» не является адресом электронной почты.</translation>
    </message>
    <message>
        <source>Replace Bundle</source>
        <translation>Заменить пакет</translation>
    </message>
    <message>
        <source>“%1” already exists in “%2”.</source>
        <translation>«%1» уже существует в «%2».</translation>
    </message>
    <message>
        <source>Replace it with the new bundle?</source>
        <translation>Заменить его новым пакетом?</translation>
    </message>
</context>
<context>
    <name>provena::FileActionHandler</name>
    <message numerus="yes">
        <source>Reloaded changes from disk: %n region(s) added</source>
        <translation>
            <numerusform>Изменения с диска перезагружены: добавлена %n область</numerusform>
            <numerusform>Изменения с диска перезагружены: добавлены %n области</numerusform>
            <numerusform>Изменения с диска перезагружены: добавлено %n областей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged changes from disk: %n region(s) added</source>
        <translation>
            <numerusform>Изменения с диска объединены: добавлена %n область</numerusform>
            <numerusform>Изменения с диска объединены: добавлены %n области</numerusform>
            <numerusform>Изменения с диска объединены: добавлено %n областей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n removed</source>
        <translation>
            <numerusform>, удалено: %n</numerusform>
            <numerusform>, удалено: %n</numerusform>
            <numerusform>, удалено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Ошибка автосохранения: %1</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Открыть статью</translation>
    </message>
    <message>
        <source>Articles and bundles (*.md *.markdown *.txt *.html *.htm *.zip);;Articles (*.md *.markdown *.txt *.html *.htm);;Bundles (*.zip);;All files (*)</source>
        <translation>Статьи и пакеты (*.md *.markdown *.txt *.html *.htm *.zip);;Статьи (*.md *.markdown *.txt *.html *.htm);;Пакеты (*.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation>&amp;Перезагрузить с диска</translation>
    </message>
    <message>
        <source>&amp;Attach Local File for Image…</source>
        <translation>Прикрепить &amp;локальный файл для изображения…</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>&amp;Закрыть статью</translation>
    </message>
    <message>
        <source>Write &amp;XMP Sidecars on Save</source>
        <translation>Записывать файлы-компаньоны &amp;XMP при сохранении</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>В «%1» есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Сохранить их, прежде чем продолжить?</translation>
    </message>
    <message>
        <source>Could Not Open Article</source>
        <translation>Не удалось открыть статью</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Восстановление несохранённой работы</translation>
    </message>
    <message>
        <source>Provena found work on “%1” that was not saved, probably because Provena or the computer stopped unexpectedly.</source>
        <translation>Provena обнаружила несохранённую работу над «%1», вероятно, из-за неожиданного завершения Provena или остановки компьютера.</translation>
    </message>
    <message>
        <source>Recover it? It is loaded as unsaved changes; the saved annotations on disk stay as they are until you save.</source>
        <translation>Восстановить её? Она будет загружена как несохранённые изменения; сохранённые аннотации на диске останутся без изменений, пока вы не сохраните.</translation>
    </message>
    <message>
        <source>Could Not Recover</source>
        <translation>Не удалось восстановить</translation>
    </message>
    <message>
        <source>Recovered unsaved work. Save to keep it.</source>
        <translation>Несохранённая работа восстановлена. Сохраните, чтобы не потерять её.</translation>
    </message>
    <message>
        <source>Saved Annotations Unreadable</source>
        <translation>Сохранённые аннотации не читаются</translation>
    </message>
    <message>
        <source>The annotations file on disk could not be read when the article was opened, so saving would replace work Provena could not load.</source>
        <translation>При открытии статьи не удалось прочитать файл аннотаций на диске, поэтому сохранение заменит работу, которую Provena не смогла загрузить.</translation>
    </message>
    <message>
        <source>Keep a copy of the unreadable file beside it and save?</source>
        <translation>Сохранить копию нечитаемого файла рядом с ним и выполнить сохранение?</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <source>The unreadable file was kept as %1.</source>
        <translation>Нечитаемый файл сохранён как %1.</translation>
    </message>
    <message>
        <source>Not saved: the annotations changed on disk.</source>
        <translation>Не сохранено: аннотации изменились на диске.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved, but %n XMP sidecar problem(s): %1</source>
        <translation>
            <numerusform>Сохранено, но с %n проблемой файлов-компаньонов XMP: %1</numerusform>
            <numerusform>Сохранено, но с %n проблемами файлов-компаньонов XMP: %1</numerusform>
            <numerusform>Сохранено, но с %n проблемами файлов-компаньонов XMP: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Article As</source>
        <translation>Сохранить статью как</translation>
    </message>
    <message>
        <source>Articles (*.md *.markdown *.txt *.html *.htm);;All files (*)</source>
        <translation>Статьи (*.md *.markdown *.txt *.html *.htm);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Could Not Save As</source>
        <translation>Не удалось сохранить как</translation>
    </message>
    <message>
        <source>Provena does not save through a symbolic link. Choose another name.</source>
        <translation>Provena не сохраняет через символическую ссылку. Выберите другое имя.</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Заменить файл</translation>
    </message>
    <message>
        <source>“%1” already exists in “%2”.</source>
        <translation>«%1» уже существует в «%2».</translation>
    </message>
    <message>
        <source>Replace it with this article and its annotations?</source>
        <translation>Заменить его этой статьёй с аннотациями?</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Сохранено как %1</translation>
    </message>
    <message numerus="yes">
        <source>, with %n image(s) copied beside it</source>
        <translation>
            <numerusform>, рядом скопировано %n изображение</numerusform>
            <numerusform>, рядом скопированы %n изображения</numerusform>
            <numerusform>, рядом скопировано %n изображений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n image(s) outside the article&apos;s folder stay where they are</source>
        <translation>
            <numerusform>; %n изображение вне папки статьи остаётся на месте</numerusform>
            <numerusform>; %n изображения вне папки статьи остаются на месте</numerusform>
            <numerusform>; %n изображений вне папки статьи остаются на месте</numerusform>
        </translation>
    </message>
    <message>
        <source>Reload Article</source>
        <translation>Перезагрузка статьи</translation>
    </message>
    <message>
        <source>Reloading replaces your unsaved changes with the files on disk.</source>
        <translation>При перезагрузке несохранённые изменения будут заменены файлами с диска.</translation>
    </message>
    <message>
        <source>Reload anyway? Choose No to keep working on your version.</source>
        <translation>Всё равно перезагрузить? Выберите «Нет», чтобы продолжить работу со своей версией.</translation>
    </message>
    <message>
        <source>Could Not Reload</source>
        <translation>Не удалось перезагрузить</translation>
    </message>
    <message>
        <source>Reloaded from disk.</source>
        <translation>Перезагружено с диска.</translation>
    </message>
    <message>
        <source>Changes Since the Annotations Were Saved</source>
        <translation>Изменения после сохранения аннотаций</translation>
    </message>
    <message>
        <source>Attach Local File for Image %1</source>
        <translation>Прикрепить локальный файл для изображения %1</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp);;All files (*)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Attach Local File</source>
        <translation>Прикрепить локальный файл</translation>
    </message>
    <message>
        <source>Fetched image %1 into %2</source>
        <translation>Изображение %1 загружено в %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n conflict(s) to review (Properties for regions and text spans, Merge Conflicts for the rest)</source>
        <translation>
            <numerusform>, %n конфликт для проверки («Свойства» — для областей и фрагментов текста, «Конфликты слияния» — для остального)</numerusform>
            <numerusform>, %n конфликта для проверки («Свойства» — для областей и фрагментов текста, «Конфликты слияния» — для остального)</numerusform>
            <numerusform>, %n конфликтов для проверки («Свойства» — для областей и фрагментов текста, «Конфликты слияния» — для остального)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>provena::ForensicHistogramPlot</name>
    <message>
        <source>Histogram</source>
        <translation>Гистограмма</translation>
    </message>
    <message numerus="yes">
        <source>Red, green, blue and luminance (white) over 256 levels, %n pixel(s)</source>
        <translation>
            <numerusform>Красный, зелёный, синий и яркость (белый) по 256 уровням, %n пиксель</numerusform>
            <numerusform>Красный, зелёный, синий и яркость (белый) по 256 уровням, %n пикселя</numerusform>
            <numerusform>Красный, зелёный, синий и яркость (белый) по 256 уровням, %n пикселей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>provena::ForensicsDock</name>
    <message>
        <source>Table %1 (%2-bit)</source>
        <translation>Таблица %1 (%2 бит)</translation>
    </message>
    <message>
        <source>Forensics</source>
        <translation>Криминалистика</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Accept as Region</source>
        <translation>Принять как область</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Export View as Image…</source>
        <translation>Экспорт представления в изображение…</translation>
    </message>
    <message>
        <source>These views are aids for your judgement: they show evidence, they do not declare an image fake. Check what they show against the photo.</source>
        <translation>Эти представления помогают вам составить суждение: они показывают свидетельства, но не объявляют изображение поддельным. Сверяйте то, что они показывают, с фотографией.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>The JPEG quality the photo is saved at again for the comparison.</source>
        <translation>Качество JPEG, с которым фотография повторно сохраняется для сравнения.</translation>
    </message>
    <message>
        <source>How much the differences are brightened.</source>
        <translation>Насколько усиливается яркость различий.</translation>
    </message>
    <message>
        <source>Opacity of the view over the photo.</source>
        <translation>Непрозрачность представления поверх фотографии.</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Представление:</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Качество:</translation>
    </message>
    <message>
        <source>&amp;Amplification:</source>
        <translation>&amp;Усиление:</translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation>&amp;Непрозрачность:</translation>
    </message>
    <message>
        <source>Copy-move suggestions:</source>
        <translation>Предложения обнаружения клонирования:</translation>
    </message>
    <message>
        <source>Histogram:</source>
        <translation>Гистограмма:</translation>
    </message>
    <message>
        <source>JPEG quantisation tables:</source>
        <translation>Таблицы квантования JPEG:</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>This image has no local file to analyse.</source>
        <translation>У этого изображения нет локального файла для анализа.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Чтение «%1»…</translation>
    </message>
    <message>
        <source>Analysed at %1×%2 of %3×%4 pixels (a reduced decode).</source>
        <translation>Анализ выполнен в разрешении %1×%2 из %3×%4 пикселей (уменьшенное декодирование).</translation>
    </message>
    <message>
        <source>Estimated quality: %1.</source>
        <translation>Оценка качества: %1.</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>Вычисление: %1…</translation>
    </message>
    <message>
        <source>%1 of “%2” failed: %3</source>
        <translation>%1 для «%2» не выполнено: %3</translation>
    </message>
    <message>
        <source>No cloned areas found in “%1”.</source>
        <translation>В «%1» не найдено клонированных участков.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of areas look copied in “%1”.</source>
        <translation>
            <numerusform>В «%1» %n пара участков выглядит скопированной.</numerusform>
            <numerusform>В «%1» %n пары участков выглядят скопированными.</numerusform>
            <numerusform>В «%1» %n пар участков выглядят скопированными.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ↔ %2 (%n matching keypoint(s))</source>
        <translation>
            <numerusform>%1 ↔ %2 (%n совпадающая ключевая точка)</numerusform>
            <numerusform>%1 ↔ %2 (%n совпадающие ключевые точки)</numerusform>
            <numerusform>%1 ↔ %2 (%n совпадающих ключевых точек)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy-move suggestion: %1 and %2 look copied one onto the other (%n matching keypoint(s)). An aid, not a verdict.</source>
        <translation>
            <numerusform>Предложение обнаружения клонирования: %1 и %2 выглядят скопированными друг на друга (%n совпадающая ключевая точка). Это вспомогательное средство, а не вердикт.</numerusform>
            <numerusform>Предложение обнаружения клонирования: %1 и %2 выглядят скопированными друг на друга (%n совпадающие ключевые точки). Это вспомогательное средство, а не вердикт.</numerusform>
            <numerusform>Предложение обнаружения клонирования: %1 и %2 выглядят скопированными друг на друга (%n совпадающих ключевых точек). Это вспомогательное средство, а не вердикт.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no forensic view to export.</source>
        <translation>Нет криминалистического представления для экспорта.</translation>
    </message>
    <message>
        <source>Could not encode the view as PNG for “%1”.</source>
        <translation>Не удалось закодировать представление в PNG для «%1».</translation>
    </message>
    <message>
        <source>Export View as Image</source>
        <translation>Экспорт представления в изображение</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation>Экспортировано в «%1».</translation>
    </message>
</context>
<context>
    <name>provena::ImageFetchJob</name>
    <message>
        <source>There is no image %1 in this article.</source>
        <translation>В этой статье нет изображения %1.</translation>
    </message>
    <message>
        <source>The article was closed while image %1 was fetched; the file stays in “%2”.</source>
        <translation>Статья была закрыта во время загрузки изображения %1; файл остаётся в «%2».</translation>
    </message>
</context>
<context>
    <name>provena::ImageFetcher</name>
    <message>
        <source>Provena is offline (the setting “network/offline” or --offline), so it did not fetch “%1”. Turn offline mode off to fetch images.</source>
        <translation>Provena работает в автономном режиме (параметр «network/offline» или --offline), поэтому «%1» не загружен. Отключите автономный режим, чтобы загружать изображения.</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link; Provena never writes through links. Replace it with a folder.</source>
        <translation>«%1» является символической ссылкой; Provena никогда не записывает через ссылки. Замените её папкой.</translation>
    </message>
    <message>
        <source>“%1” is not a folder, so the image cannot be saved there.</source>
        <translation>«%1» не является папкой, поэтому сохранить туда изображение невозможно.</translation>
    </message>
    <message>
        <source>Could not create the folder “%1” for fetched images. Check that the article&apos;s folder is writable.</source>
        <translation>Не удалось создать папку «%1» для загруженных изображений. Убедитесь, что папка статьи доступна для записи.</translation>
    </message>
    <message>
        <source>“%1” leads outside the article&apos;s folder (to “%2”); Provena does not write there.</source>
        <translation>«%1» ведёт за пределы папки статьи (в «%2»); Provena туда не записывает.</translation>
    </message>
    <message>
        <source>The server answered %1 %2 for “%3” without saying where to go; nothing was saved.</source>
        <translation>Сервер ответил %1 %2 для «%3», не указав, куда перейти; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The server answered %1 %2 for “%3”; nothing was saved.</source>
        <translation>Сервер ответил %1 %2 для «%3»; ничего не сохранено.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB, more than the limit of %3 MB (the setting “network/maxDownloadMB”, --max-size); nothing was downloaded.</source>
        <translation>Размер «%1» — %2 МБ, что превышает ограничение в %3 МБ (параметр «network/maxDownloadMB», --max-size); ничего не загружено.</translation>
    </message>
    <message>
        <source>Could not create a file in “%1” for the download. Check that the folder is writable.</source>
        <translation>Не удалось создать файл для загрузки в «%1». Убедитесь, что папка доступна для записи.</translation>
    </message>
    <message>
        <source>“%1” passed the limit of %2 MB while downloading (the server did not announce its size); the download was stopped and nothing was saved.</source>
        <translation>«%1» превысил ограничение в %2 МБ во время загрузки (сервер не сообщил размер); загрузка остановлена, ничего не сохранено.</translation>
    </message>
    <message>
        <source>Could not write the download to “%1”: %2</source>
        <translation>Не удалось записать загруженные данные в «%1»: %2</translation>
    </message>
    <message>
        <source>Provena could not reach “%1”: %2. Nothing was saved; check the address and the network connection.</source>
        <translation>Provena не удалось связаться с «%1»: %2. Ничего не сохранено; проверьте адрес и сетевое подключение.</translation>
    </message>
    <message numerus="yes">
        <source>The download of “%1” broke off after %n byte(s): %2. Nothing was saved; try again.</source>
        <translation>
            <numerusform>Загрузка «%1» прервалась после %n байта: %2. Ничего не сохранено; повторите попытку.</numerusform>
            <numerusform>Загрузка «%1» прервалась после %n байтов: %2. Ничего не сохранено; повторите попытку.</numerusform>
            <numerusform>Загрузка «%1» прервалась после %n байтов: %2. Ничего не сохранено; повторите попытку.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent no answer for “%1”; nothing was saved.</source>
        <translation>Сервер не прислал ответ для «%1»; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The server closed the connection after %1 of %2 bytes of “%3”; nothing was saved. Try again.</source>
        <translation>Сервер закрыл соединение после %1 из %2 байт «%3»; ничего не сохранено. Повторите попытку.</translation>
    </message>
    <message>
        <source>The server of “%1” did not answer within %2 s; nothing was saved. Try again later.</source>
        <translation>Сервер «%1» не ответил в течение %2 с; ничего не сохранено. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The server of “%1” sent nothing for %2 s after %3 bytes; the download was stopped and nothing was saved.</source>
        <translation>Сервер «%1» ничего не присылал в течение %2 с после %3 байт; загрузка остановлена, ничего не сохранено.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The server sent an HTML page, not an image, for “%1” (Content-Type “%2”). It may be an error or login page: open the address in a browser. Nothing was saved.</source>
        <translation>Для «%1» сервер прислал HTML-страницу, а не изображение (Content-Type «%2»). Возможно, это страница ошибки или входа: откройте адрес в браузере. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The server sent data that is not an image Provena can read for “%1” (Content-Type “%2”); nothing was saved.</source>
        <translation>Для «%1» сервер прислал данные, которые не являются изображением, читаемым Provena (Content-Type «%2»); ничего не сохранено.</translation>
    </message>
    <message>
        <source>The name “%1” would leave the folder “%2”; nothing was saved.</source>
        <translation>Имя «%1» выходит за пределы папки «%2»; ничего не сохранено.</translation>
    </message>
    <message>
        <source>“%1” already exists with different content; Provena does not overwrite it. Move it away and fetch again, or attach it if it is the image.</source>
        <translation>«%1» уже существует с другим содержимым; Provena его не перезаписывает. Переместите его и повторите загрузку или прикрепите его, если это и есть нужное изображение.</translation>
    </message>
    <message>
        <source>Could not save the download as “%1”: %2</source>
        <translation>Не удалось сохранить загруженный файл как «%1»: %2</translation>
    </message>
    <message>
        <source>The download of “%1” was cancelled; nothing was saved.</source>
        <translation>Загрузка «%1» отменена; ничего не сохранено.</translation>
    </message>
    <message>
        <source>“%1” is not a complete web address; Provena fetches only http and https addresses.</source>
        <translation>«%1» не является полным веб-адресом; Provena загружает только адреса http и https.</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address; Provena fetches nothing else (no file:, ftp: or data: addresses).</source>
        <translation>«%1» не является адресом http или https; Provena не загружает ничего другого (никаких адресов file:, ftp: или data:).</translation>
    </message>
    <message>
        <source>“%1” names no server.</source>
        <translation>В «%1» не указан сервер.</translation>
    </message>
    <message>
        <source>“%1” redirects to “%2”, which is not an http or https address; Provena does not follow it.</source>
        <translation>«%1» перенаправляет на «%2», который не является адресом http или https; Provena не переходит по нему.</translation>
    </message>
    <message>
        <source>“%1” redirects from https to plain http (“%2”); Provena does not follow a downgrade to an unencrypted connection.</source>
        <translation>«%1» перенаправляет с https на незащищённый http («%2»); Provena не переходит на незашифрованное соединение.</translation>
    </message>
    <message>
        <source>“%1” redirects in a loop: “%2” leads back to “%3”. Nothing was saved.</source>
        <translation>«%1» перенаправляет по кругу: «%2» ведёт обратно к «%3». Ничего не сохранено.</translation>
    </message>
    <message>
        <source>“%1” redirected more than %2 times (the last to “%3”); Provena stops there. Nothing was saved.</source>
        <translation>«%1» перенаправлял более %2 раз (последний раз — на «%3»); Provena на этом остановилась. Ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>provena::ImageLoadingService</name>
    <message>
        <source>No embedded thumbnail is read for “%1”.</source>
        <translation>Встроенный эскиз для «%1» не читается.</translation>
    </message>
</context>
<context>
    <name>provena::ImageStrip</name>
    <message>
        <source>Images of the article</source>
        <translation>Изображения статьи</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>Не удалось прочитать «%1».</translation>
    </message>
    <message>
        <source>not
local</source>
        <translation>не
локальное</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>загрузка</translation>
    </message>
    <message>
        <source>cannot
read</source>
        <translation>не
читается</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Изображение %1: %2</translation>
    </message>
    <message>
        <source>Image %1: %2 (%3)</source>
        <translation>Изображение %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Вердикт: %1</translation>
    </message>
    <message>
        <source>, verdict %1</source>
        <translation>, вердикт: %1</translation>
    </message>
</context>
<context>
    <name>provena::ImageView</name>
    <message>
        <source>Image canvas</source>
        <translation>Холст изображения</translation>
    </message>
    <message>
        <source>The photo with its regions. Use the tool keys to draw, arrow keys to nudge.</source>
        <translation>Фотография с областями. Для рисования используйте клавиши инструментов, для сдвига — клавиши со стрелками.</translation>
    </message>
</context>
<context>
    <name>provena::LabelEditDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>Add Label</source>
        <translation>Добавление метки</translation>
    </message>
    <message>
        <source>Edit Label</source>
        <translation>Изменение метки</translation>
    </message>
    <message>
        <source>Label ID</source>
        <translation>Идентификатор метки</translation>
    </message>
    <message>
        <source>Stored in sidecars: 1–64 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Хранится в файлах-компаньонах: 1–64 строчные латинские буквы, цифры, «-» или «_».</translation>
    </message>
    <message>
        <source>Label name</source>
        <translation>Название метки</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Цвет метки</translation>
    </message>
    <message>
        <source>Choose label colour</source>
        <translation>Выбрать цвет метки</translation>
    </message>
    <message>
        <source>Label description</source>
        <translation>Описание метки</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;Идентификатор:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Цвет:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>The ID must be 1–64 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Идентификатор должен состоять из 1–64 строчных латинских букв, цифр, «-» или «_».</translation>
    </message>
    <message>
        <source>The ID “%1” is already used; choose another.</source>
        <translation>Идентификатор «%1» уже используется; выберите другой.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Введите название.</translation>
    </message>
    <message>
        <source>Enter a colour as #RRGGBB or choose one.</source>
        <translation>Введите цвет в виде #RRGGBB или выберите его.</translation>
    </message>
    <message>
        <source>Label Colour</source>
        <translation>Цвет метки</translation>
    </message>
</context>
<context>
    <name>provena::LabelsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Manage Labels</source>
        <translation>Управление метками</translation>
    </message>
    <message>
        <source>Manage labels</source>
        <translation>Управление метками</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Добавить метку</translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation>Изменить метку</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Удалить метку</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Save labels</source>
        <translation>Сохранить метки</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Built-in labels cannot be changed. Your own labels are stored in %1 and shared with provena-cli.</source>
        <translation>Встроенные метки изменить нельзя. Ваши собственные метки хранятся в %1 и используются совместно с provena-cli.</translation>
    </message>
    <message>
        <source>About your labels</source>
        <translation>О ваших метках</translation>
    </message>
    <message>
        <source>Your labels could not be read, so they cannot be changed here. Fix or remove the file and open this dialog again.
%1</source>
        <translation>Не удалось прочитать ваши метки, поэтому здесь их изменить нельзя. Исправьте или удалите файл и снова откройте этот диалог.
%1</translation>
    </message>
    <message>
        <source>built-in (read-only)</source>
        <translation>встроенная (только чтение)</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>ваша</translation>
    </message>
    <message>
        <source>Your labels could not be read, so they were not saved.
%1</source>
        <translation>Не удалось прочитать ваши метки, поэтому они не сохранены.
%1</translation>
    </message>
    <message>
        <source>Your labels could not be saved.
%1</source>
        <translation>Не удалось сохранить ваши метки.
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
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Auto&amp;save Interval…</source>
        <translation>Интервал &amp;автосохранения…</translation>
    </message>
    <message>
        <source>Manage &amp;Labels…</source>
        <translation>Управление &amp;метками…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;По размеру окна</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels (100 %)</source>
        <translation>&amp;Реальный размер (100 %)</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>&amp;Следующее изображение</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>П&amp;редыдущее изображение</translation>
    </message>
    <message>
        <source>Focus &amp;Text</source>
        <translation>Фокус на &amp;тексте</translation>
    </message>
    <message>
        <source>Focus &amp;Canvas</source>
        <translation>Фокус на &amp;холсте</translation>
    </message>
    <message>
        <source>Show &amp;Provenance</source>
        <translation>Показать &amp;происхождение</translation>
    </message>
    <message>
        <source>Show &amp;Source</source>
        <translation>Показать &amp;исходный текст</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Комбинации клавиш</translation>
    </message>
    <message>
        <source>&amp;About Provena</source>
        <translation>&amp;О Provena</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>И&amp;зображение</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <source>Label for new regions</source>
        <translation>Метка для новых областей</translation>
    </message>
    <message>
        <source> New: </source>
        <translation> Новая: </translation>
    </message>
    <message>
        <source>%1[*] — Provena</source>
        <translation>%1[*] — Provena</translation>
    </message>
    <message>
        <source>Autosave Interval</source>
        <translation>Интервал автосохранения</translation>
    </message>
    <message>
        <source>Seconds between recovery copies of unsaved work (0 turns autosave off):</source>
        <translation>Интервал в секундах между резервными копиями несохранённой работы (0 отключает автосохранение):</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;открыто&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>История отмены</translation>
    </message>
    <message>
        <source>The image&apos;s metadata has no field %1 (any more): was the file replaced?</source>
        <translation>В метаданных изображения нет (больше нет) поля %1: файл был заменён?</translation>
    </message>
    <message>
        <source>Cursor position in image pixels</source>
        <translation>Положение курсора в пикселях изображения</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Размер изображения</translation>
    </message>
    <message>
        <source>Region under the cursor</source>
        <translation>Область под курсором</translation>
    </message>
    <message>
        <source>Labels saved.</source>
        <translation>Метки сохранены.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>provena::MergeConflictPanel</name>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>Conflict in the %1</source>
        <translation>Конфликт в поле «%1»</translation>
    </message>
    <message>
        <source>Conflict in the %1 of the text span “%2”</source>
        <translation>Конфликт в поле «%1» фрагмента текста «%2»</translation>
    </message>
    <message>
        <source>Mine: %1</source>
        <translation>Моя версия: %1</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>Их версия: %1</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Оставить &amp;мою версию</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Взять &amp;их версию</translation>
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
        <translation>Файл-компаньон XMP</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Метаданные</translation>
    </message>
    <message>
        <source>Metadata flags and warnings</source>
        <translation>Флаги и предупреждения метаданных</translation>
    </message>
    <message>
        <source>Filter fields…</source>
        <translation>Фильтр полей…</translation>
    </message>
    <message>
        <source>Filter metadata fields</source>
        <translation>Фильтр полей метаданных</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Metadata fields</source>
        <translation>Поля метаданных</translation>
    </message>
    <message>
        <source>No local image.</source>
        <translation>Нет локального изображения.</translation>
    </message>
    <message>
        <source>Reading the metadata of %1…</source>
        <translation>Чтение метаданных %1…</translation>
    </message>
    <message>
        <source>%1 has no EXIF, IPTC or XMP metadata. News sites and social networks often strip it on upload: its absence proves nothing, but there is no camera, date or creator record here to check the photo&apos;s origin against.</source>
        <translation>У %1 нет метаданных EXIF, IPTC или XMP. Новостные сайты и социальные сети часто удаляют их при загрузке: их отсутствие ничего не доказывает, но здесь нет сведений о камере, дате или авторе, с которыми можно было бы сверить происхождение фотографии.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) in %1</source>
        <translation>
            <numerusform>%n поле в %1</numerusform>
            <numerusform>%n поля в %1</numerusform>
            <numerusform>%n полей в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Все поля</translation>
    </message>
</context>
<context>
    <name>provena::MissingImageWidget</name>
    <message>
        <source>&amp;Attach Local File…</source>
        <translation>Прикрепить &amp;локальный файл…</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>Image not available</source>
        <translation>Изображение недоступно</translation>
    </message>
    <message>
        <source>Fetch the image from its web address</source>
        <translation>Загрузить изображение по его веб-адресу</translation>
    </message>
    <message>
        <source>Download the image into the article&apos;s “_files” folder and record where it came from in the chain of custody</source>
        <translation>Загрузить изображение в папку «_files» статьи и записать его происхождение в цепочку хранения</translation>
    </message>
    <message>
        <source>Attach a local file for this image</source>
        <translation>Прикрепить локальный файл для этого изображения</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Ход загрузки</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Отменить загрузку</translation>
    </message>
    <message>
        <source>Image %1 is not available locally</source>
        <translation>Изображение %1 недоступно локально</translation>
    </message>
    <message>
        <source>Provena looked beside the article and in its “_files” folder. Fetch the image from its address, save it there, or attach the file you have.</source>
        <translation>Provena искала рядом со статьёй и в её папке «_files». Загрузите изображение по его адресу, сохраните его туда или прикрепите имеющийся у вас файл.</translation>
    </message>
    <message>
        <source>Provena looked beside the article and in its “_files” folder. Save the image there, or attach the file you have.</source>
        <translation>Provena искала рядом со статьёй и в её папке «_files». Сохраните изображение туда или прикрепите имеющийся у вас файл.</translation>
    </message>
    <message>
        <source>Provena is offline (the setting “network/offline”), so it does not fetch.</source>
        <translation>Provena работает в автономном режиме (параметр «network/offline»), поэтому загрузка не выполняется.</translation>
    </message>
    <message>
        <source>%1 of %2 KB</source>
        <translation>%1 из %2 КБ</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
</context>
<context>
    <name>provena::OpenReportBar</name>
    <message>
        <source>&amp;Allow Images Outside the Folder</source>
        <translation>&amp;Разрешить изображения вне папки</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Подробности…</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>What changed since the annotations were saved</source>
        <translation>Что изменилось после сохранения аннотаций</translation>
    </message>
    <message>
        <source>Show the changed links and images</source>
        <translation>Показать изменённые связи и изображения</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Скрыть это уведомление</translation>
    </message>
    <message>
        <source>Read the images outside the article&apos;s folder for this article and reopen it</source>
        <translation>Прочитать изображения вне папки статьи для этой статьи и открыть её заново</translation>
    </message>
    <message>
        <source>Since the annotations were saved: %1. Regions of changed images are marked for review.</source>
        <translation>После сохранения аннотаций: %1. Области изменённых изображений отмечены как требующие проверки.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) outside the article&apos;s folder not read: %1.</source>
        <translation>
            <numerusform>%n изображение вне папки статьи не прочитано: %1.</numerusform>
            <numerusform>%n изображения вне папки статьи не прочитаны: %1.</numerusform>
            <numerusform>%n изображений вне папки статьи не прочитано: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) missing, unreadable or not images: %1.</source>
        <translation>
            <numerusform>%n изображение отсутствует, не читается или не является изображением: %1.</numerusform>
            <numerusform>%n изображения отсутствуют, не читаются или не являются изображениями: %1.</numerusform>
            <numerusform>%n изображений отсутствуют, не читаются или не являются изображениями: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the saved annotations could not be read (%1)</source>
        <translation>не удалось прочитать сохранённые аннотации (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n text link(s) re-anchored</source>
        <translation>
            <numerusform>%n связь с текстом привязана заново</numerusform>
            <numerusform>%n связи с текстом привязаны заново</numerusform>
            <numerusform>%n связей с текстом привязано заново</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned</source>
        <translation>
            <numerusform>%n потеряна</numerusform>
            <numerusform>%n потеряны</numerusform>
            <numerusform>%n потеряно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text link(s) orphaned</source>
        <translation>
            <numerusform>%n связь с текстом потеряна</numerusform>
            <numerusform>%n связи с текстом потеряны</numerusform>
            <numerusform>%n связей с текстом потеряно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) changed</source>
        <translation>
            <numerusform>%n изображение изменено</numerusform>
            <numerusform>%n изображения изменены</numerusform>
            <numerusform>%n изображений изменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) no longer in the article</source>
        <translation>
            <numerusform>%n изображения больше нет в статье</numerusform>
            <numerusform>%n изображений больше нет в статье</numerusform>
            <numerusform>%n изображений больше нет в статье</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) outside the article&apos;s folder not read</source>
        <translation>
            <numerusform>%n изображение вне папки статьи не прочитано</numerusform>
            <numerusform>%n изображения вне папки статьи не прочитаны</numerusform>
            <numerusform>%n изображений вне папки статьи не прочитано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) missing, unreadable or not images</source>
        <translation>
            <numerusform>%n изображение отсутствует, не читается или не является изображением</numerusform>
            <numerusform>%n изображения отсутствуют, не читаются или не являются изображениями</numerusform>
            <numerusform>%n изображений отсутствуют, не читаются или не являются изображениями</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: found again by approximate match (%2 % similar), now at characters %3–%4.</source>
        <translation>%1: снова найдено по приблизительному совпадению (сходство %2 %), теперь в символах %3–%4.</translation>
    </message>
    <message>
        <source>%1: moved from characters %2–%3 to %4–%5.</source>
        <translation>%1: перемещено из символов %2–%3 в %4–%5.</translation>
    </message>
    <message>
        <source>%1: orphaned, not found in the text any more. The link is kept; unlink it in the Properties dock or link the region to new text.</source>
        <translation>%1: потеряно, больше не найдено в тексте. Связь сохранена; удалите её на панели «Свойства» или свяжите область с новым текстом.</translation>
    </message>
    <message numerus="yes">
        <source>Image %1 changed since the annotations were saved; its %n region(s) are marked for review.</source>
        <translation>
            <numerusform>Изображение %1 изменилось после сохранения аннотаций; его %n область отмечена как требующая проверки.</numerusform>
            <numerusform>Изображение %1 изменилось после сохранения аннотаций; его %n области отмечены как требующие проверки.</numerusform>
            <numerusform>Изображение %1 изменилось после сохранения аннотаций; его %n областей отмечены как требующие проверки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded image %1 is no longer in the article; its regions are kept.</source>
        <translation>Записанного изображения %1 больше нет в статье; его области сохранены.</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Изображение %1: %2</translation>
    </message>
</context>
<context>
    <name>provena::PointTool</name>
    <message>
        <source>Point</source>
        <translation>Точка</translation>
    </message>
</context>
<context>
    <name>provena::PolygonTool</name>
    <message>
        <source>Polyline</source>
        <translation>Ломаная</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Многоугольник</translation>
    </message>
    <message numerus="yes">
        <source>%n vertices. Enter or double-click finishes, Backspace removes the last, Esc cancels</source>
        <translation>
            <numerusform>%n вершина. Enter или двойной щелчок — завершить, Backspace — удалить последнюю, Esc — отменить</numerusform>
            <numerusform>%n вершины. Enter или двойной щелчок — завершить, Backspace — удалить последнюю, Esc — отменить</numerusform>
            <numerusform>%n вершин. Enter или двойной щелчок — завершить, Backspace — удалить последнюю, Esc — отменить</numerusform>
        </translation>
    </message>
    <message>
        <source>A %1 needs at least %2 vertices</source>
        <translation>Для фигуры «%1» нужно не менее %2 вершин</translation>
    </message>
    <message>
        <source>polygon</source>
        <translation>многоугольник</translation>
    </message>
    <message>
        <source>polyline</source>
        <translation>ломаная</translation>
    </message>
</context>
<context>
    <name>provena::PreferencesDialog</name>
    <message>
        <source>Manage &amp;Labels…</source>
        <translation>Управление &amp;метками…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Fetch images from the web</source>
        <translation>&amp;Загружать изображения из интернета</translation>
    </message>
    <message>
        <source>Write &amp;XMP sidecars beside the images on save</source>
        <translation>Записывать файлы-компаньоны &amp;XMP рядом с изображениями при сохранении</translation>
    </message>
    <message>
        <source>Render &amp;images and crops</source>
        <translation>Визуализировать &amp;изображения и кадрированные фрагменты</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>Отчёт в &amp;PDF</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <source>Labels &amp;&amp; &amp;Agencies</source>
        <translation>Метки и &amp;агентства</translation>
    </message>
    <message>
        <source>&amp;Files &amp;&amp; Network</source>
        <translation>&amp;Файлы и сеть</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>A new language applies the next time Provena starts. provena-cli uses it too; --lang overrides it.</source>
        <translation>Новый язык применяется при следующем запуске Provena. provena-cli тоже использует его; --lang его переопределяет.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>The author of the regions and claims you make, in the GUI and in provena-cli. Empty: your account name.</source>
        <translation>Автор создаваемых вами областей и утверждений — в графическом интерфейсе и в provena-cli. Если пусто — имя вашей учётной записи.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Written as Source-Organization into the bundles you export.</source>
        <translation>Записывается как Source-Organization в экспортируемые вами пакеты.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>Your agencies</source>
        <translation>Ваши агентства</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Labels offered for regions; yours are shared with provena-cli labels.</source>
        <translation>Метки, предлагаемые для областей; ваши собственные используются совместно с provena-cli labels.</translation>
    </message>
    <message>
        <source>Agencies provenance suggestions know by name, besides the built-in ones; shared with provena-cli agencies (%1).</source>
        <translation>Агентства, которые предложения о происхождении распознают по названию, помимо встроенных; используются совместно с provena-cli agencies (%1).</translation>
    </message>
    <message>
        <source>Autosave interval</source>
        <translation>Интервал автосохранения</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Отключено</translation>
    </message>
    <message>
        <source>Seconds between recovery copies of unsaved work.</source>
        <translation>Интервал в секундах между резервными копиями несохранённой работы.</translation>
    </message>
    <message>
        <source>Off: Provena never connects to the network; images are not fetched by their web address (provena-cli fetch too).</source>
        <translation>Если выключено: Provena никогда не подключается к сети; изображения не загружаются по веб-адресу (в том числе через provena-cli fetch).</translation>
    </message>
    <message>
        <source>Largest image to decode</source>
        <translation>Максимальный размер декодируемого изображения</translation>
    </message>
    <message>
        <source> MP</source>
        <translation> Мп</translation>
    </message>
    <message>
        <source>Images with more pixels are refused before they are decoded, in the GUI and in provena-cli.</source>
        <translation>Изображения с большим числом пикселей отклоняются до декодирования — в графическом интерфейсе и в provena-cli.</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Автосохранение каждые:</translation>
    </message>
    <message>
        <source>&amp;Largest image:</source>
        <translation>&amp;Макс. размер изображения:</translation>
    </message>
    <message>
        <source>Export Bundle starts with:</source>
        <translation>Экспорт пакета по умолчанию включает:</translation>
    </message>
</context>
<context>
    <name>provena::PropertiesDock</name>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Created by %1, %2</source>
        <translation>Создано: %1, %2</translation>
    </message>
    <message>
        <source>Modified %1</source>
        <translation>Изменено: %1</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Свойства</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Удалить связь</translation>
    </message>
    <message>
        <source>Author and dates</source>
        <translation>Автор и даты</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>Entity name</source>
        <translation>Название сущности</translation>
    </message>
    <message>
        <source>Who or what this shows</source>
        <translation>Кто или что здесь изображено</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Сущность:</translation>
    </message>
    <message>
        <source>Entity identifier</source>
        <translation>Идентификатор сущности</translation>
    </message>
    <message>
        <source>e.g. http://www.wikidata.org/entity/Q…</source>
        <translation>например, http://www.wikidata.org/entity/Q…</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Идентификатор:</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Не указана</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;Уверенность:</translation>
    </message>
    <message>
        <source>Linked text spans</source>
        <translation>Связанные фрагменты текста</translation>
    </message>
    <message>
        <source>Linked text:</source>
        <translation>Связанный текст:</translation>
    </message>
    <message>
        <source>Unlink the selected span</source>
        <translation>Удалить связь с выбранным фрагментом</translation>
    </message>
    <message>
        <source>No region selected. Select one on the image or in the Regions list.</source>
        <translation>Область не выбрана. Выберите её на изображении или в списке «Области».</translation>
    </message>
    <message>
        <source>One region selected. It needs review: changes merged from disk conflict with yours; keep one value of each below.</source>
        <translation>Выбрана одна область. Она требует проверки: изменения, объединённые с диска, конфликтуют с вашими; оставьте ниже одно значение для каждого поля.</translation>
    </message>
    <message>
        <source>One region selected. It needs review: its image changed since it was drawn.</source>
        <translation>Выбрана одна область. Она требует проверки: её изображение изменилось после того, как она была нарисована.</translation>
    </message>
    <message>
        <source>One region selected.</source>
        <translation>Выбрана одна область.</translation>
    </message>
    <message numerus="yes">
        <source>%n regions selected; the label applies to all.</source>
        <translation>
            <numerusform>Выбрана %n область; метка применяется ко всем.</numerusform>
            <numerusform>Выбраны %n области; метка применяется ко всем.</numerusform>
            <numerusform>Выбрано %n областей; метка применяется ко всем.</numerusform>
        </translation>
    </message>
    <message>
        <source>Characters %1–%2</source>
        <translation>Символы %1–%2</translation>
    </message>
    <message>
        <source>%1 — orphaned</source>
        <translation>%1 — потеряно</translation>
    </message>
    <message>
        <source>Not found in the article text any more; the last known quote is kept. Unlink it, or link the region to the passage again.</source>
        <translation>Больше не найдено в тексте статьи; последняя известная цитата сохранена. Удалите связь или снова свяжите область с фрагментом.</translation>
    </message>
    <message>
        <source>%1 — approximate match (%2 %)</source>
        <translation>%1 — приблизительное совпадение (%2 %)</translation>
    </message>
    <message>
        <source>Found again by approximate match at characters %1–%2; check the highlighted passage.</source>
        <translation>Снова найдено по приблизительному совпадению в символах %1–%2; проверьте выделенный фрагмент.</translation>
    </message>
</context>
<context>
    <name>provena::ProvenanceAssessmentWidget</name>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Заметка: %1</translation>
    </message>
    <message>
        <source>+ Text</source>
        <translation>+ Текст</translation>
    </message>
    <message>
        <source>Add the text selected in the article as evidence</source>
        <translation>Добавить выделенный в статье текст как свидетельство</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation>Вердикта пока нет</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>confidence not stated</source>
        <translation>уверенность не указана</translation>
    </message>
    <message>
        <source>Rationale: why this verdict</source>
        <translation>Обоснование: почему вынесен такой вердикт</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdict&lt;/b&gt;</source>
        <translation>&lt;b&gt;Вердикт&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source> · %n evidence</source>
        <translation>
            <numerusform> · %n свидетельство</numerusform>
            <numerusform> · %n свидетельства</numerusform>
            <numerusform> · %n свидетельств</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a verdict first</source>
        <translation>Сначала выберите вердикт</translation>
    </message>
    <message>
        <source>How sure the verdict is</source>
        <translation>Насколько вы уверены в вердикте</translation>
    </message>
    <message>
        <source>Select the text in the article that bears on %1 first.</source>
        <translation>Сначала выделите в статье текст, относящийся к аспекту «%1».</translation>
    </message>
</context>
<context>
    <name>provena::ProvenanceClaimDialog</name>
    <message>
        <source>Add Selected &amp;Text</source>
        <translation>Добавить выделенный &amp;текст</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Add Provenance Claim</source>
        <translation>Добавление утверждения о происхождении</translation>
    </message>
    <message>
        <source>Edit Provenance Claim</source>
        <translation>Изменение утверждения о происхождении</translation>
    </message>
    <message>
        <source>Agency, newspaper or person, e.g. KCNA</source>
        <translation>Агентство, газета или человек, например KCNA</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>неизвестный тип</translation>
    </message>
    <message>
        <source>For agents the agency directory does not know</source>
        <translation>Для агентов, неизвестных справочнику агентств</translation>
    </message>
    <message>
        <source>2025-08-13, 2025-08-13T10:42:00Z or 2025-08-12/2025-08-13</source>
        <translation>2025-08-13, 2025-08-13T10:42:00Z или 2025-08-12/2025-08-13</translation>
    </message>
    <message>
        <source>Where the agent published it</source>
        <translation>Где агент это опубликовал</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Агент:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Значение:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Свидетельства</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A note or a URL, then Enter</source>
        <translation>Заметка или URL, затем Enter</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Свидетельства:</translation>
    </message>
    <message>
        <source>Select some text in the article first.</source>
        <translation>Сначала выделите текст в статье.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a URL; write it with its scheme (https://…).</source>
        <translation>«%1» не является URL; укажите его со схемой (https://…).</translation>
    </message>
    <message>
        <source>Name the agent: a %1 claim says who.</source>
        <translation>Укажите агента: утверждение «%1» сообщает, кто.</translation>
    </message>
    <message>
        <source>Enter the date: a %1 claim says when.</source>
        <translation>Введите дату: утверждение «%1» сообщает, когда.</translation>
    </message>
    <message>
        <source>Enter the value: a %1 claim states it.</source>
        <translation>Введите значение: утверждение «%1» его устанавливает.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date: write 2025-08-13, 2025-08-13T10:42:00Z or a range 2025-08-12/2025-08-13.</source>
        <translation>«%1» не является датой ISO 8601: укажите 2025-08-13, 2025-08-13T10:42:00Z или диапазон 2025-08-12/2025-08-13.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL.</source>
        <translation>«%1» не является допустимым URL.</translation>
    </message>
</context>
<context>
    <name>provena::ProvenanceClaimModel</name>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Agent or value</source>
        <translation>Агент или значение</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Click to show it in the article text.</source>
        <translation>Щёлкните, чтобы показать это в тексте статьи.</translation>
    </message>
    <message>
        <source>Click to show it in the Metadata dock.</source>
        <translation>Щёлкните, чтобы показать это на панели «Метаданные».</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Оспорено</translation>
    </message>
    <message>
        <source>state media</source>
        <translation>государственные СМИ</translation>
    </message>
    <message>
        <source>wire service</source>
        <translation>информационное агентство</translation>
    </message>
    <message>
        <source>photo agency</source>
        <translation>фотоагентство</translation>
    </message>
    <message>
        <source>newspaper</source>
        <translation>газета</translation>
    </message>
    <message>
        <source>broadcaster</source>
        <translation>телерадиокомпания</translation>
    </message>
    <message>
        <source>government</source>
        <translation>государственный орган</translation>
    </message>
    <message>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>software</source>
        <translation>программа</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Метаданные</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
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
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Оспорить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Цепочка хранения</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Цепочка хранения</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Your own agencies in %1 were not read, so only the built-in ones are recognised: %2 Fix or remove the file and reopen the window.</source>
        <translation>Ваши собственные агентства в %1 не прочитаны, поэтому распознаются только встроенные: %2 Исправьте или удалите файл и снова откройте окно.</translation>
    </message>
    <message>
        <source>Provenance claims</source>
        <translation>Утверждения о происхождении</translation>
    </message>
    <message>
        <source>Record a claim of your own about this image</source>
        <translation>Записать собственное утверждение об этом изображении</translation>
    </message>
    <message>
        <source>Keep the claim in the record, marked as disputed</source>
        <translation>Оставить утверждение в записи с пометкой «оспорено»</translation>
    </message>
    <message>
        <source>Keep the claim, marked as wrong: it leaves the chain of custody</source>
        <translation>Оставить утверждение с пометкой «неверно»: оно исключается из цепочки хранения</translation>
    </message>
    <message>
        <source>No image.</source>
        <translation>Нет изображения.</translation>
    </message>
    <message>
        <source>Image %1: %2 — %3</source>
        <translation>Изображение %1: %2 — %3</translation>
    </message>
    <message>
        <source>Image %1: %2 — no verdict yet</source>
        <translation>Изображение %1: %2 — вердикта пока нет</translation>
    </message>
    <message>
        <source>Claims (%1)</source>
        <translation>Утверждения (%1)</translation>
    </message>
    <message>
        <source>Suggestions (%1)</source>
        <translation>Предложения (%1)</translation>
    </message>
</context>
<context>
    <name>provena::ProvenanceSuggestionsView</name>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Provenance suggestions</source>
        <translation>Предложения о происхождении</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Agent or value</source>
        <translation>Агент или значение</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Record the selected suggestion as an accepted claim</source>
        <translation>Записать выбранное предложение как принятое утверждение</translation>
    </message>
    <message>
        <source>Record that the selected suggestion is wrong; it is not proposed again</source>
        <translation>Записать, что выбранное предложение неверно; оно больше не будет предлагаться</translation>
    </message>
    <message>
        <source>No image.</source>
        <translation>Нет изображения.</translation>
    </message>
    <message>
        <source>From the article only: the image is not a local file, so its metadata cannot be read.</source>
        <translation>Только из статьи: изображение не является локальным файлом, поэтому его метаданные прочитать нельзя.</translation>
    </message>
    <message>
        <source>From the article and the metadata of %1.</source>
        <translation>Из статьи и метаданных %1.</translation>
    </message>
    <message>
        <source>Reading the metadata of %1…</source>
        <translation>Чтение метаданных %1…</translation>
    </message>
    <message>
        <source>From the article only: %1</source>
        <translation>Только из статьи: %1</translation>
    </message>
    <message>
        <source>Conflicts with another suggestion or a recorded claim.</source>
        <translation>Противоречит другому предложению или записанному утверждению.</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Конфликт: %1</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Accept All %1</source>
        <translation>Принять все %1</translation>
    </message>
    <message>
        <source>Accept All from One Source</source>
        <translation>Принять все из одного источника</translation>
    </message>
    <message>
        <source>Reject All %1</source>
        <translation>Отклонить все %1</translation>
    </message>
    <message>
        <source>Reject All from One Source</source>
        <translation>Отклонить все из одного источника</translation>
    </message>
    <message>
        <source>from the caption</source>
        <translation>из подписи к фото</translation>
    </message>
    <message>
        <source>from the credit</source>
        <translation>из указания источника</translation>
    </message>
    <message>
        <source>from the releaser phrase</source>
        <translation>из фразы о выпустившей стороне</translation>
    </message>
    <message>
        <source>from the byline</source>
        <translation>из авторской строки</translation>
    </message>
    <message>
        <source>from the publishing site</source>
        <translation>с сайта публикации</translation>
    </message>
    <message>
        <source>from the image&apos;s metadata</source>
        <translation>из метаданных изображения</translation>
    </message>
    <message>
        <source>from other versions of the photo</source>
        <translation>из других версий фотографии</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>из %1</translation>
    </message>
</context>
<context>
    <name>provena::RecoveryManager</name>
    <message>
        <source>The recovery file for “%1”</source>
        <translation>Файл восстановления для «%1»</translation>
    </message>
    <message>
        <source>Could not create the recovery folder.</source>
        <translation>Не удалось создать папку восстановления.</translation>
    </message>
</context>
<context>
    <name>provena::RegionActionHandler</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Вставить</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Mark Region(s) &amp;Reviewed</source>
        <translation>Отметить области как &amp;проверенные</translation>
    </message>
    <message>
        <source>The region still matches its changed image: clear “needs review”.</source>
        <translation>Область по-прежнему соответствует изменённому изображению: снять отметку «требует проверки».</translation>
    </message>
    <message>
        <source>Select &amp;All Regions</source>
        <translation>Выделить &amp;все области</translation>
    </message>
    <message>
        <source>&amp;Link Selected Text to Region</source>
        <translation>&amp;Связать выделенный текст с областью</translation>
    </message>
    <message>
        <source>Select one region on the image and some text in the article, then link.</source>
        <translation>Выберите одну область на изображении и текст в статье, затем свяжите их.</translation>
    </message>
    <message>
        <source>The selection holds no words to link.</source>
        <translation>В выделении нет слов для связывания.</translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation>Связано.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n region(s).</source>
        <translation>
            <numerusform>Скопирована %n область.</numerusform>
            <numerusform>Скопированы %n области.</numerusform>
            <numerusform>Скопировано %n областей.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no regions to paste.</source>
        <translation>В буфере обмена нет областей для вставки.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n region(s) reviewed.</source>
        <translation>
            <numerusform>%n область отмечена как проверенная.</numerusform>
            <numerusform>%n области отмечены как проверенные.</numerusform>
            <numerusform>%n областей отмечено как проверенные.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>provena::RegionListModel</name>
    <message numerus="yes">
        <source>Merged changes from disk conflict with yours on %n field(s). Choose “Keep mine” or “Take theirs” in Properties.</source>
        <translation>
            <numerusform>Изменения, объединённые с диска, конфликтуют с вашими в %n поле. Выберите «Оставить мою версию» или «Взять их версию» на панели «Свойства».</numerusform>
            <numerusform>Изменения, объединённые с диска, конфликтуют с вашими в %n полях. Выберите «Оставить мою версию» или «Взять их версию» на панели «Свойства».</numerusform>
            <numerusform>Изменения, объединённые с диска, конфликтуют с вашими в %n полях. Выберите «Оставить мою версию» или «Взять их версию» на панели «Свойства».</numerusform>
        </translation>
    </message>
    <message>
        <source>The image changed since this region was drawn. Check it, then use Edit › Mark Region(s) Reviewed.</source>
        <translation>Изображение изменилось после того, как эта область была нарисована. Проверьте её, затем выберите «Правка › Отметить области как проверенные».</translation>
    </message>
    <message>
        <source>Image %1 — %2</source>
        <translation>Изображение %1 — %2</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Требует проверки</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Прямоугольник</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Эллипс</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Многоугольник</translation>
    </message>
    <message>
        <source>Polyline</source>
        <translation>Ломаная</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Фигура</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Сущность</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
</context>
<context>
    <name>provena::RegionsDock</name>
    <message>
        <source>Regions</source>
        <translation>Области</translation>
    </message>
    <message>
        <source>Needs re&amp;view</source>
        <translation>Требуют &amp;проверки</translation>
    </message>
    <message>
        <source>Filter regions…</source>
        <translation>Фильтр областей…</translation>
    </message>
    <message>
        <source>Filter regions</source>
        <translation>Фильтр областей</translation>
    </message>
    <message>
        <source>List only regions whose image changed since they were drawn</source>
        <translation>Показывать только области, изображение которых изменилось после того, как они были нарисованы</translation>
    </message>
    <message>
        <source>Only regions that need review</source>
        <translation>Только области, требующие проверки</translation>
    </message>
    <message>
        <source>Region list</source>
        <translation>Список областей</translation>
    </message>
</context>
<context>
    <name>provena::SelectTool</name>
    <message>
        <source>Select</source>
        <translation>Выделение</translation>
    </message>
    <message>
        <source>Insert Vertex</source>
        <translation>Вставка вершины</translation>
    </message>
    <message>
        <source>Delete Vertex</source>
        <translation>Удаление вершины</translation>
    </message>
    <message>
        <source>Move Vertex</source>
        <translation>Перемещение вершины</translation>
    </message>
    <message>
        <source>Resize Region</source>
        <translation>Изменение размера области</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Region(s)</source>
        <translation>
            <numerusform>Перемещение %n области</numerusform>
            <numerusform>Перемещение %n областей</numerusform>
            <numerusform>Перемещение %n областей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n Region(s)</source>
        <translation>
            <numerusform>Сдвиг %n области</numerusform>
            <numerusform>Сдвиг %n областей</numerusform>
            <numerusform>Сдвиг %n областей</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Drag</source>
        <translation>Отмена перетаскивания</translation>
    </message>
</context>
<context>
    <name>provena::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Комбинации клавиш</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Комбинации клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Комбинация клавиш</translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation>Список комбинаций клавиш</translation>
    </message>
</context>
<context>
    <name>provena::ToolManager</name>
    <message>
        <source>Canvas: zoom in / out</source>
        <translation>Холст: увеличить / уменьшить</translation>
    </message>
    <message>
        <source>Canvas: zoom to fit</source>
        <translation>Холст: по размеру окна</translation>
    </message>
    <message>
        <source>Canvas: actual pixels</source>
        <translation>Холст: реальный размер</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Колесо мыши</translation>
    </message>
    <message>
        <source>Canvas: zoom around the cursor</source>
        <translation>Холст: масштабирование относительно курсора</translation>
    </message>
    <message>
        <source>Space+drag, middle drag</source>
        <translation>Пробел+перетаскивание, перетаскивание средней кнопкой</translation>
    </message>
    <message>
        <source>Canvas: pan</source>
        <translation>Холст: прокрутка</translation>
    </message>
    <message>
        <source>Arrows / Shift+Arrows</source>
        <translation>Стрелки / Shift+стрелки</translation>
    </message>
    <message>
        <source>Canvas: nudge selection 1 px / 10 px</source>
        <translation>Холст: сдвинуть выделение на 1 пикс. / 10 пикс.</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter, двойной щелчок</translation>
    </message>
    <message>
        <source>Polygon: finish</source>
        <translation>Многоугольник: завершить</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Polygon: remove last vertex</source>
        <translation>Многоугольник: удалить последнюю вершину</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel drawing or dragging; clear selection</source>
        <translation>Отменить рисование или перетаскивание; снять выделение</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Shift+перетаскивание</translation>
    </message>
    <message>
        <source>Square / keep aspect ratio</source>
        <translation>Квадрат / сохранять пропорции</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Ctrl+щелчок</translation>
    </message>
    <message>
        <source>Toggle selection; on a polygon edge: insert vertex</source>
        <translation>Переключить выделение; на ребре многоугольника: вставить вершину</translation>
    </message>
    <message>
        <source>Alt+click on vertex</source>
        <translation>Alt+щелчок по вершине</translation>
    </message>
    <message>
        <source>Delete vertex</source>
        <translation>Удалить вершину</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>Ваше &amp;имя…</translation>
    </message>
    <message>
        <source>The name new regions carry as their author</source>
        <translation>Имя, которое новые области получают в качестве автора</translation>
    </message>
    <message>
        <source>&amp;Ask for Label After Drawing</source>
        <translation>&amp;Запрашивать метку после рисования</translation>
    </message>
    <message>
        <source>After drawing a region, choose its label in a popup</source>
        <translation>После рисования области выбирать её метку во всплывающем окне</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Regions you draw carry this name as their author. Leave it empty to use your account name (%1).</source>
        <translation>Нарисованные вами области получают это имя в качестве автора. Оставьте поле пустым, чтобы использовать имя учётной записи (%1).</translation>
    </message>
    <message>
        <source>New regions are by %1.</source>
        <translation>Автор новых областей: %1.</translation>
    </message>
    <message>
        <source>Region added. Ctrl+Z undoes it.</source>
        <translation>Область добавлена. Ctrl+Z отменяет добавление.</translation>
    </message>
</context>
<context>
    <name>provena::UserGuideWindow</name>
    <message>
        <source>Provena User Guide</source>
        <translation>Руководство пользователя Provena</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>provena::VersionsActionHandler</name>
    <message>
        <source>Find Other Versions in Folder</source>
        <translation>Поиск других версий в папке</translation>
    </message>
    <message>
        <source>Compare with Another &amp;Version…</source>
        <translation>Сравнить с другой &amp;версией…</translation>
    </message>
    <message>
        <source>Find Other Versions…</source>
        <translation>Найти другие версии…</translation>
    </message>
    <message>
        <source>Compare with Another Version</source>
        <translation>Сравнение с другой версией</translation>
    </message>
    <message>
        <source>The current image has no local file to compare.</source>
        <translation>У текущего изображения нет локального файла для сравнения.</translation>
    </message>
    <message>
        <source>Looking for other versions of %1 in %2…</source>
        <translation>Поиск других версий %1 в %2…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Find Other Versions</source>
        <translation>Поиск других версий</translation>
    </message>
    <message numerus="yes">
        <source>%n other version(s) of %1 under %2:</source>
        <translation>
            <numerusform>%n другая версия %1 в %2:</numerusform>
            <numerusform>%n другие версии %1 в %2:</numerusform>
            <numerusform>%n других версий %1 в %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2; x %3, y %4, %5 × %6; scale %7</source>
        <translation>%1 — %2; x %3, y %4, %5 × %6; масштаб %7</translation>
    </message>
    <message>
        <source>    in %1, image %2: %3 [%4]</source>
        <translation>    в %1, изображение %2: %3 [%4]</translation>
    </message>
    <message>
        <source>Other Versions of %1</source>
        <translation>Другие версии %1</translation>
    </message>
    <message>
        <source>&amp;Offer as Provenance Suggestions</source>
        <translation>&amp;Добавить в предложения о происхождении</translation>
    </message>
    <message>
        <source>No other article shows a version of this photo.</source>
        <translation>Ни одна другая статья не показывает версию этой фотографии.</translation>
    </message>
    <message>
        <source>Offer who else published this photo as republisher suggestions in the Provenance dock.</source>
        <translation>Добавить тех, кто ещё опубликовал эту фотографию, в предложения перепубликаторов на панели «Происхождение».</translation>
    </message>
</context>
<context>
    <name>provena::XmpImportBar</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Regions in the image&apos;s XMP metadata</source>
        <translation>Области в метаданных XMP изображения</translation>
    </message>
    <message>
        <source>Import the regions from the image&apos;s XMP metadata</source>
        <translation>Импортировать области из метаданных XMP изображения</translation>
    </message>
    <message>
        <source>Hide this offer for this image</source>
        <translation>Скрыть это уведомление для данного изображения</translation>
    </message>
    <message numerus="yes">
        <source>This image&apos;s XMP metadata holds %n region(s) that are not in the article yet (e.g. faces tagged in digiKam), in %1.</source>
        <translation>
            <numerusform>В метаданных XMP этого изображения есть %n область, которой ещё нет в статье (например, лица, отмеченные в digiKam), в %1.</numerusform>
            <numerusform>В метаданных XMP этого изображения есть %n области, которых ещё нет в статье (например, лица, отмеченные в digiKam), в %1.</numerusform>
            <numerusform>В метаданных XMP этого изображения есть %n областей, которых ещё нет в статье (например, лица, отмеченные в digiKam), в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n region(s); Edit › Undo takes them out again.</source>
        <translation>
            <numerusform>Импортирована %n область; «Правка › Отменить» удалит её.</numerusform>
            <numerusform>Импортированы %n области; «Правка › Отменить» удалит их.</numerusform>
            <numerusform>Импортировано %n областей; «Правка › Отменить» удалит их.</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels this article does not have, left without a label: %1.</source>
        <translation>Метки, которых нет в этой статье (области оставлены без метки): %1.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(и ещё %n)</numerusform>
            <numerusform>(и ещё %n)</numerusform>
            <numerusform>(и ещё %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Не импортировано: %1</translation>
    </message>
</context>
</TS>
