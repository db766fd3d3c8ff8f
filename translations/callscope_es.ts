<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CallDetailPanel</name>
    <message>
        <source>Select a call to see its outcomes, deliveries and body.</source>
        <translation>Seleccione una llamada para ver sus resultados, entregas y cuerpo.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>File number:</source>
        <translation>Número de expediente:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agente:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creada:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Finalizada:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Validation:</source>
        <translation>Validación:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Recibida:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Resumen:</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Grabación:</translation>
    </message>
    <message>
        <source>Open &amp;recording</source>
        <translation>Abrir &amp;grabación</translation>
    </message>
    <message>
        <source>Opens the recording in the web browser</source>
        <translation>Abre la grabación en el navegador web</translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problemas</translation>
    </message>
    <message>
        <source>&amp;Deliveries</source>
        <translation>&amp;Entregas</translation>
    </message>
    <message>
        <source>Differences from the first delivery (- first, + this one):</source>
        <translation>Diferencias con la primera entrega (- primera, + esta):</translation>
    </message>
    <message>
        <source>&amp;Raw body</source>
        <translation>&amp;Cuerpo sin procesar</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Entrega:</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>Ca&amp;beceras</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Detalles de la llamada</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Difference from the first delivery</source>
        <translation>Diferencia con la primera entrega</translation>
    </message>
    <message>
        <source>Delivery shown</source>
        <translation>Entrega mostrada</translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation>Cuerpo sin procesar</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
</context>
<context>
    <name>CallReader</name>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de datos %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>No se puede leer la base de datos %1: %2</translation>
    </message>
</context>
<context>
    <name>CallScope::AuditExport</name>
    <message>
        <source>The filter is not valid: %1</source>
        <translation>El filtro no es válido: %1</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>No se puede leer la base de datos %1: %2</translation>
    </message>
</context>
<context>
    <name>CallScope::BackgroundListener</name>
    <message>
        <source>The store closed before the review was written (the listener restarted).</source>
        <translation>El almacén se cerró antes de escribir la revisión (el receptor se reinició).</translation>
    </message>
    <message>
        <source>the window closed</source>
        <translation>la ventana se cerró</translation>
    </message>
    <message>
        <source>the store closed before the deliveries could be written</source>
        <translation>el almacén se cerró antes de poder escribir las entregas</translation>
    </message>
</context>
<context>
    <name>CallScope::BodyText</name>
    <message>
        <source>(empty body)</source>
        <translation>(cuerpo vacío)</translation>
    </message>
    <message>
        <source>… the dump stops here: %1 of %2 bytes shown.</source>
        <translation>… el volcado se detiene aquí: se muestran %1 de %2 bytes.</translation>
    </message>
</context>
<context>
    <name>CallScope::CallDetailPanel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;visión</translation>
    </message>
    <message>
        <source>This call is no longer in the store.</source>
        <translation>Esta llamada ya no está en el almacén.</translation>
    </message>
    <message>
        <source>Rejected delivery (not JSON)</source>
        <translation>Entrega rechazada (no es JSON)</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>Evento %1</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Sin nombre</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llamada %1</translation>
    </message>
    <message>
        <source>— (organization-only webhook)</source>
        <translation>— (webhook solo de organización)</translation>
    </message>
    <message>
        <source>, conflicting redelivery</source>
        <translation>, reentrega en conflicto</translation>
    </message>
    <message>
        <source>, idempotencyKey and webhook-id disagree</source>
        <translation>, idempotencyKey y webhook-id no coinciden</translation>
    </message>
    <message>
        <source> · ⚠ %1</source>
        <translation> · ⚠ %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n deliveries</source>
        <translation>
            <numerusform>%1, %n entrega</numerusform>
            <numerusform>%1, %n entregas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
id %2</source>
        <translation>%1
id %2</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>Enviado como %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Re&amp;view (%1)</source>
        <translation>Re&amp;visión (%1)</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problemas</translation>
    </message>
    <message>
        <source>&amp;Problems (%1)</source>
        <translation>&amp;Problemas (%1)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Redelivery</source>
        <translation>Reentrega</translation>
    </message>
    <message>
        <source>webhook-id</source>
        <translation>webhook-id</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primera</translation>
    </message>
    <message>
        <source>conflict: body differs</source>
        <translation>conflicto: el cuerpo difiere</translation>
    </message>
    <message>
        <source>same body</source>
        <translation>mismo cuerpo</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Deliveries (%1)</source>
        <translation>&amp;Entregas (%1)</translation>
    </message>
    <message>
        <source>This is the first delivery: later ones are compared with it.</source>
        <translation>Esta es la primera entrega: las siguientes se comparan con ella.</translation>
    </message>
    <message>
        <source>Same content as the first delivery.</source>
        <translation>Mismo contenido que la primera entrega.</translation>
    </message>
    <message>
        <source>JSON, %1 bytes, indented, in the order sent</source>
        <translation>JSON, %1 bytes, con sangría, en el orden enviado</translation>
    </message>
    <message>
        <source>Not JSON: hex dump of %1 bytes</source>
        <translation>No es JSON: volcado hexadecimal de %1 bytes</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>(request)</source>
        <translation>(solicitud)</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>Rechazada (%1): %2</translation>
    </message>
    <message>
        <source>Refused with %1: %2</source>
        <translation>Rechazada con %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>Summary (from the outcomes, presenter mode):</source>
        <translation>Resumen (a partir de los resultados, modo presentador):</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Resumen:</translation>
    </message>
    <message>
        <source>No outcomes: this attempt was refused (%1) before its body was kept. The Problems tab says why.</source>
        <translation>Sin resultados: este intento se rechazó (%1) antes de guardar su cuerpo. La pestaña Problemas dice por qué.</translation>
    </message>
    <message>
        <source>No outcomes: the body is not JSON, so no call could be read from it. The Problems tab says where reading stopped; the Raw body tab shows the bytes.</source>
        <translation>Sin resultados: el cuerpo no es JSON, así que no se pudo leer ninguna llamada. La pestaña Problemas dice dónde se detuvo la lectura; la pestaña Cuerpo sin procesar muestra los bytes.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Not shown in presenter mode: the body (%1 bytes) is not JSON, so its personal data cannot be found.</source>
        <translation>No se muestra en modo presentador: el cuerpo (%1 bytes) no es JSON, así que no se pueden encontrar sus datos personales.</translation>
    </message>
    <message>
        <source>JSON, masked for presenter mode and written anew (keys sorted)</source>
        <translation>JSON, enmascarado para el modo presentador y escrito de nuevo (claves ordenadas)</translation>
    </message>
    <message>
        <source>The body (%1 bytes) was not kept: %2.</source>
        <translation>El cuerpo (%1 bytes) no se guardó: %2.</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Mostrar &amp;todo</translation>
    </message>
    <message>
        <source>Save bod&amp;y…</source>
        <translation>Guardar &amp;cuerpo…</translation>
    </message>
    <message>
        <source>Show the whole body</source>
        <translation>Mostrar el cuerpo completo</translation>
    </message>
    <message>
        <source>Save the body to a file</source>
        <translation>Guardar el cuerpo en un archivo</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 characters: the whole text would make this view slow.</source>
        <translation>Se muestran los primeros %1 de %2 caracteres: el texto completo haría lenta esta vista.</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Detalles de la llamada</translation>
    </message>
</context>
<context>
    <name>CallScope::CallExport</name>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>No se puede leer la base de datos: %1</translation>
    </message>
    <message>
        <source>The filter is not valid: %1</source>
        <translation>El filtro no es válido: %1</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>No se puede leer la base de datos %1: %2</translation>
    </message>
</context>
<context>
    <name>CallScope::CallFilter</name>
    <message>
        <source>Unexpected “)” without a matching “(”.</source>
        <translation>“)” inesperado sin su “(” correspondiente.</translation>
    </message>
    <message>
        <source>This quote is never closed; expected a closing “&quot;”.</source>
        <translation>Estas comillas nunca se cierran; se esperaba un “&quot;” de cierre.</translation>
    </message>
    <message>
        <source>Expected a term after “or”.</source>
        <translation>Se esperaba un término después de “or”.</translation>
    </message>
    <message>
        <source>“and” needs a term on both sides.</source>
        <translation>“and” necesita un término a cada lado.</translation>
    </message>
    <message>
        <source>Expected a term here.</source>
        <translation>Se esperaba un término aquí.</translation>
    </message>
    <message>
        <source>Expected a term before “%1”.</source>
        <translation>Se esperaba un término antes de “%1”.</translation>
    </message>
    <message>
        <source>Expected a term after “!”.</source>
        <translation>Se esperaba un término después de “!”.</translation>
    </message>
    <message>
        <source>This “(” is never closed; expected “)”.</source>
        <translation>Este “(” nunca se cierra; se esperaba “)”.</translation>
    </message>
    <message>
        <source>Expected a field name or an outcome key before “%1”.</source>
        <translation>Se esperaba un nombre de campo o una clave de resultado antes de “%1”.</translation>
    </message>
    <message>
        <source>Expected a value after “%1”.</source>
        <translation>Se esperaba un valor después de “%1”.</translation>
    </message>
    <message>
        <source>Expected a value after “:”.</source>
        <translation>Se esperaba un valor después de “:”.</translation>
    </message>
    <message>
        <source>Unknown group “%1”; expected one of %2.</source>
        <translation>Grupo desconocido “%1”; se esperaba uno de %2.</translation>
    </message>
    <message>
        <source>Unknown field “%1”; expected an outcome key or one of %2.</source>
        <translation>Campo desconocido “%1”; se esperaba una clave de resultado o uno de %2.</translation>
    </message>
    <message>
        <source>“~” compares text; duration is a length of time (try duration&gt;=90).</source>
        <translation>“~” compara texto; duration es una duración (pruebe duration&gt;=90).</translation>
    </message>
    <message>
        <source>“%1” is not a duration; expected seconds, 90s, 2m, 1:30 or 1500ms.</source>
        <translation>“%1” no es una duración; se esperaban segundos, 90s, 2m, 1:30 o 1500ms.</translation>
    </message>
    <message>
        <source>“~” compares text; %1 is a time (try %1&gt;=2026-01-31).</source>
        <translation>“~” compara texto; %1 es una fecha y hora (pruebe %1&gt;=2026-01-31).</translation>
    </message>
    <message>
        <source>“%1” is not a time; expected a date such as 2026-01-31, a date and time such as 2026-01-31T14:30, today or yesterday.</source>
        <translation>“%1” no es una fecha y hora; se esperaba una fecha como 2026-01-31, una fecha y hora como 2026-01-31T14:30, today o yesterday.</translation>
    </message>
    <message>
        <source>review takes = or != (review=unreviewed).</source>
        <translation>review admite = o != (review=unreviewed).</translation>
    </message>
    <message>
        <source>Unknown review state “%1”; expected unreviewed, reviewed or follow-up.</source>
        <translation>Estado de revisión desconocido “%1”; se esperaba unreviewed, reviewed o follow-up.</translation>
    </message>
    <message>
        <source>validation takes = or != (validation=invalid).</source>
        <translation>validation admite = o != (validation=invalid).</translation>
    </message>
    <message>
        <source>Unknown validation “%1”; expected ok, warning, invalid, rejected or conflict.</source>
        <translation>Validación desconocida “%1”; se esperaba ok, warning, invalid, rejected o conflict.</translation>
    </message>
    <message>
        <source>“none” (not reported) takes = or !=.</source>
        <translation>“none” (no informado) admite = o !=.</translation>
    </message>
    <message>
        <source>%1 is true or false; it takes = or !=.</source>
        <translation>%1 es verdadero o falso; admite = o !=.</translation>
    </message>
    <message>
        <source>“%1” is not a value of %2; expected true, false or none.</source>
        <translation>“%1” no es un valor de %2; se esperaba true, false o none.</translation>
    </message>
    <message>
        <source>%1 is a number; expected a whole number after %2.</source>
        <translation>%1 es un número; se esperaba un número entero después de %2.</translation>
    </message>
    <message>
        <source>at column %1: %2</source>
        <translation>en la columna %1: %2</translation>
    </message>
    <message>
        <source>“invalid” (sent with the wrong type) takes = or !=.</source>
        <translation>“invalid” (enviado con el tipo equivocado) admite = o !=.</translation>
    </message>
    <message>
        <source>pattern takes = or != (pattern=changed).</source>
        <translation>pattern admite = o != (pattern=changed).</translation>
    </message>
    <message>
        <source>Unknown pattern value “%1”; expected changed (pattern=changed: the warnings changed since the review; pattern alone: any contact-pattern warning).</source>
        <translation>Valor de pattern desconocido “%1”; se esperaba changed (pattern=changed: las advertencias cambiaron desde la revisión; pattern solo: cualquier advertencia de patrón de contacto).</translation>
    </message>
    <message>
        <source>Nested deeper than %1 levels of “(” and “!”.</source>
        <translation>Anidado a más de %1 niveles de “(” y “!”.</translation>
    </message>
</context>
<context>
    <name>CallScope::CallImport</name>
    <message>
        <source>%1: element %2 of the array is not an object.</source>
        <translation>%1: el elemento %2 del arreglo no es un objeto.</translation>
    </message>
    <message>
        <source>%1, line %2: not JSON (%3 at column %4).</source>
        <translation>%1, línea %2: no es JSON (%3 en la columna %4).</translation>
    </message>
    <message>
        <source>%1, line %2: not a JSON object.</source>
        <translation>%1, línea %2: no es un objeto JSON.</translation>
    </message>
    <message>
        <source>%1: no envelope in it (expected ndjson, json or HAR).</source>
        <translation>%1: no contiene ningún sobre (se esperaba ndjson, json o HAR).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>element %1 of the array is not JSON (%2)</source>
        <translation>el elemento %1 del arreglo no es JSON (%2)</translation>
    </message>
    <message>
        <source>entry %1 of the HAR log is not JSON (%2)</source>
        <translation>la entrada %1 del registro HAR no es JSON (%2)</translation>
    </message>
    <message>
        <source>more follows the JSON document, at byte %1</source>
        <translation>hay más después del documento JSON, en el byte %1</translation>
    </message>
    <message>
        <source>%1: not JSON: %2.</source>
        <translation>%1: no es JSON: %2.</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported%2</source>
        <translation>%1 cambió mientras se importaba%2</translation>
    </message>
</context>
<context>
    <name>CallScope::CallOutcomeModel</name>
    <message>
        <source>A key the spec does not list (yet).</source>
        <translation>Una clave que la especificación no incluye (todavía).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 of %2 reported</source>
        <translation>%1 de %2 informados</translation>
    </message>
    <message>
        <source>A compliance flag is raised: contact must stop or be reviewed.</source>
        <translation>Hay un indicador de cumplimiento activo: el contacto debe detenerse o revisarse.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no informado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <source>a whole number, zero or more</source>
        <translation>un número entero, cero o más</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>Sent with the wrong type: %1 is %2, so it is not read as a value.</source>
        <translation>Enviado con el tipo equivocado: %1 es %2, así que no se lee como valor.</translation>
    </message>
    <message>
        <source>Not one of the plan types the spec lists.</source>
        <translation>No es uno de los tipos de plan que enumera la especificación.</translation>
    </message>
</context>
<context>
    <name>CallScope::CallPattern</name>
    <message>
        <source>Called after a do-not-call or cease-and-desist on the same phone or file number.</source>
        <translation>Llamada tras un «no llamar» o un cese y desistimiento en el mismo teléfono o número de expediente.</translation>
    </message>
    <message>
        <source>More than %1 calls to the same phone or file number in 7 days.</source>
        <translation>Más de %1 llamadas al mismo teléfono o número de expediente en 7 días.</translation>
    </message>
    <message>
        <source>Called after a bankruptcy was reported on the same phone or file number.</source>
        <translation>Llamada tras una quiebra informada en el mismo teléfono o número de expediente.</translation>
    </message>
    <message>
        <source>Contact pattern changed since review.</source>
        <translation>El patrón de contacto cambió desde la revisión.</translation>
    </message>
    <message>
        <source>Now also: %1</source>
        <translation>Ahora también: %1</translation>
    </message>
    <message>
        <source>No longer: %1</source>
        <translation>Ya no: %1</translation>
    </message>
</context>
<context>
    <name>CallScope::CallQueryService</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
</context>
<context>
    <name>CallScope::CallTableModel</name>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <source> · conflict</source>
        <translation> · conflicto</translation>
    </message>
    <message>
        <source> · key mismatch</source>
        <translation> · claves no coinciden</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>A redelivery&apos;s body differed from the first delivery&apos;s.</source>
        <translation>El cuerpo de una reentrega difería del de la primera entrega.</translation>
    </message>
    <message>
        <source>Call %1 · %2</source>
        <translation>Llamada %1 · %2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Key outcomes</source>
        <translation>Resultados clave</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Deliveries of this call</source>
        <translation>Entregas de esta llamada</translation>
    </message>
    <message>
        <source>Dlv.</source>
        <translation>Entr.</translation>
    </message>
    <message>
        <source>How long an unreviewed call has waited since it arrived</source>
        <translation>Cuánto tiempo lleva esperando una llamada sin revisar desde que llegó</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>No key outcomes</source>
        <translation>Sin resultados clave</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
</context>
<context>
    <name>CallScope::ChunkedImport</name>
    <message>
        <source>Nothing was imported: %1.</source>
        <translation>No se importó nada: %1.</translation>
    </message>
    <message>
        <source>The import stopped after %1 of %2 deliveries: %3. The %1 imported stay in the store (importing the same files again would add them a second time, as redeliveries).</source>
        <translation>La importación se detuvo tras %1 de %2 entregas: %3. Las %1 importadas siguen en el almacén (importar los mismos archivos otra vez las añadiría por segunda vez, como reentregas).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Cancelado; no se importó nada.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 deliveries; the %1 imported stay in the store.</source>
        <translation>Cancelado tras %1 de %2 entregas; las %1 importadas siguen en el almacén.</translation>
    </message>
</context>
<context>
    <name>CallScope::ColumnsController</name>
    <message>
        <source>Outcome columns</source>
        <translation>Columnas de resultados</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CallScope::CountsText</name>
    <message>
        <source>%1 calls · %2 deliveries (%3 rejected, %4 refused)</source>
        <translation>%1 llamadas · %2 entregas (%3 rechazadas, %4 denegadas)</translation>
    </message>
    <message>
        <source>Calls: call.completed envelopes that could be read, each counted once however often it was delivered.
Deliveries: every request stored, redeliveries, rejected and refused ones included.
Rejected: bodies that were not JSON (answered 400), kept as received.
Refused: attempts answered 401 (no or wrong token or signature) or 413 (too large), their bodies not kept.</source>
        <translation>Llamadas: sobres call.completed que se pudieron leer, cada uno contado una vez por muchas veces que se entregara.
Entregas: cada solicitud guardada, incluidas las reentregas, las rechazadas y las denegadas.
Rechazadas: cuerpos que no eran JSON (respondidos con 400), guardados tal como llegaron.
Denegadas: intentos respondidos con 401 (sin token o firma, o incorrectos) o 413 (demasiado grandes), sin guardar su cuerpo.</translation>
    </message>
</context>
<context>
    <name>CallScope::DashboardCharts</name>
    <message>
        <source>No %1.</source>
        <translation>No hay %1.</translation>
    </message>
    <message>
        <source>Most %1 in the %2 of %3: %4.</source>
        <translation>Más %1 en el intervalo (%2) del %3: %4.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Right party</source>
        <translation>Persona correcta</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Promesa de pago</translation>
    </message>
    <message>
        <source>Payment made</source>
        <translation>Pago realizado</translation>
    </message>
    <message>
        <source>%1 calls in %2 buckets of one %3: %4 right-party contacts, %5 promises to pay, %6 payments made. %7</source>
        <translation>%1 llamadas en %2 intervalos de un(a) %3: %4 contactos con la persona correcta, %5 promesas de pago, %6 pagos realizados. %7</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>llamadas</translation>
    </message>
    <message>
        <source>Promise to pay or plan</source>
        <translation>Promesa de pago o plan</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Right-party rate</source>
        <translation>Tasa de persona correcta</translation>
    </message>
    <message>
        <source>Promise-to-pay rate</source>
        <translation>Tasa de promesa de pago</translation>
    </message>
    <message>
        <source>%1 (%2 calls)</source>
        <translation>%1 (%2 llamadas)</translation>
    </message>
    <message>
        <source>%1, %2 calls: right party %3, promise to pay %4</source>
        <translation>%1, %2 llamadas: persona correcta %3, promesa de pago %4</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>No calls.</source>
        <translation>No hay llamadas.</translation>
    </message>
    <message>
        <source>Stop-contact</source>
        <translation>Dejar de contactar</translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation>Dificultades</translation>
    </message>
    <message>
        <source>%1 calls with a stop-contact flag and %2 with a hardship flag. %3</source>
        <translation>%1 llamadas con un indicador de dejar de contactar y %2 con uno de dificultades. %3</translation>
    </message>
    <message>
        <source>stop-contact calls</source>
        <translation>llamadas de dejar de contactar</translation>
    </message>
</context>
<context>
    <name>CallScope::DashboardPanel</name>
    <message>
        <source> (filtered)</source>
        <translation> (filtradas)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Todas las llamadas</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Updating the figures…</source>
        <translation>Actualizando las cifras…</translation>
    </message>
    <message>
        <source>Show stop-contact calls</source>
        <translation>Mostrar llamadas de dejar de contactar</translation>
    </message>
    <message>
        <source>Show hardship calls</source>
        <translation>Mostrar llamadas con dificultades</translation>
    </message>
    <message>
        <source>Calls and outcomes over time</source>
        <translation>Llamadas y resultados en el tiempo</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Compliance over time</source>
        <translation>Cumplimiento en el tiempo</translation>
    </message>
    <message>
        <source>Rates by agent</source>
        <translation>Tasas por agente</translation>
    </message>
    <message>
        <source>Rates by organization</source>
        <translation>Tasas por organización</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>No se pudieron leer las cifras: %1</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>Save the chart %1 as PNG</source>
        <translation>Guardar el gráfico %1 como PNG</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1%2 · %3 · by %4</source>
        <translation>%1%2 · %3 · por %4</translation>
    </message>
    <message>
        <source>1 call</source>
        <translation>1 llamada</translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 llamadas</translation>
    </message>
</context>
<context>
    <name>CallScope::DeliverySender</name>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>No se puede leer la base de datos %1: %2</translation>
    </message>
    <message>
        <source>delivery %1</source>
        <translation>entrega %1</translation>
    </message>
    <message>
        <source>%1: skipped a refused attempt of %2 (its body was not kept)</source>
        <translation>%1: se omitió un intento rechazado de %2 (su cuerpo no se guardó)</translation>
    </message>
</context>
<context>
    <name>CallScope::DeliveryStore</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>No se puede crear la carpeta %1 para la base de datos.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>it was written by a newer CallScope (schema %1; this one knows up to %2).</source>
        <translation>la escribió un CallScope más reciente (esquema %1; este conoce hasta el %2).</translation>
    </message>
    <message>
        <source>The database %1 cannot be used: %2</source>
        <translation>No se puede usar la base de datos %1: %2</translation>
    </message>
    <message>
        <source>There is no such call.</source>
        <translation>No existe esa llamada.</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>la base de datos no está abierta</translation>
    </message>
    <message>
        <source>Not marked reviewed: %1</source>
        <translation>No se marcó como revisada: %1</translation>
    </message>
    <message>
        <source>the database cannot be written: %1</source>
        <translation>no se puede escribir en la base de datos: %1</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>no está abierta</translation>
    </message>
    <message>
        <source>the database refused delivery %1 of %2: %3</source>
        <translation>la base de datos rechazó la entrega %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>CallScope::DemoBanner</name>
    <message>
        <source>Demo workspace: made-up calls in a store of their own. This window does not listen; your own store and its listener keep running in the main window, untouched.</source>
        <translation>Espacio de demostración: llamadas inventadas en un almacén propio. Esta ventana no escucha; su almacén y su receptor siguen funcionando en la ventana principal, sin cambios.</translation>
    </message>
    <message>
        <source>Close the demo workspace</source>
        <translation>Cerrar el espacio de demostración</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Espacio de demostración</translation>
    </message>
</context>
<context>
    <name>CallScope::DemoController</name>
    <message numerus="yes">
        <source>Sending them takes about %n second(s).</source>
        <translation>
            <numerusform>Enviarlas tarda unos %n segundo.</numerusform>
            <numerusform>Enviarlas tarda unos %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending them takes about %n minute(s).</source>
        <translation>
            <numerusform>Enviarlas tarda unos %n minuto.</numerusform>
            <numerusform>Enviarlas tarda unos %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending them takes about %n hour(s).</source>
        <translation>
            <numerusform>Enviarlas tarda unas %n hora.</numerusform>
            <numerusform>Enviarlas tarda unas %n horas.</numerusform>
        </translation>
    </message>
    <message>
        <source>the session</source>
        <translation>la sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n refused attempt(s) of the session left out: their bodies were not kept.</source>
        <translation>
            <numerusform>Se omitió %n intento rechazado de la sesión: su cuerpo no se guardó.</numerusform>
            <numerusform>Se omitieron %n intentos rechazados de la sesión: sus cuerpos no se guardaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot play the session: %1</source>
        <translation>No se puede reproducir la sesión: %1</translation>
    </message>
    <message>
        <source>Replay failed: %1</source>
        <translation>El reenvío falló: %1</translation>
    </message>
    <message>
        <source>Cannot generate the synthetic calls: %1</source>
        <translation>No se pueden generar las llamadas sintéticas: %1</translation>
    </message>
    <message>
        <source>The listener is not running: start it to play a demo into this window.</source>
        <translation>El receptor no está en marcha: inícielo para reproducir una demostración en esta ventana.</translation>
    </message>
    <message>
        <source>Play synthetic calls</source>
        <translation>Reproducir llamadas sintéticas</translation>
    </message>
    <message>
        <source>Realistic generated calls are sent to this window&apos;s listener.</source>
        <translation>Se envían llamadas generadas realistas al receptor de esta ventana.</translation>
    </message>
    <message>
        <source>Number of calls</source>
        <translation>Número de llamadas</translation>
    </message>
    <message>
        <source>&amp;Calls:</source>
        <translation>&amp;Llamadas:</translation>
    </message>
    <message>
        <source> a second</source>
        <translation> por segundo</translation>
    </message>
    <message>
        <source>Calls a second</source>
        <translation>Llamadas por segundo</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Ritmo:</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message numerus="yes">
        <source>Demo: %n synthetic call(s)</source>
        <translation>
            <numerusform>Demostración: %n llamada sintética</numerusform>
            <numerusform>Demostración: %n llamadas sintéticas</numerusform>
        </translation>
    </message>
    <message>
        <source>The synthetic demo was cancelled.</source>
        <translation>Se canceló la demostración sintética.</translation>
    </message>
    <message numerus="yes">
        <source>Generating %n synthetic call(s)…</source>
        <translation>
            <numerusform>Generando %n llamada sintética…</numerusform>
            <numerusform>Generando %n llamadas sintéticas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample calls</source>
        <translation>Llamadas de ejemplo</translation>
    </message>
    <message>
        <source>The listener is not running: start it to play a session into this window.</source>
        <translation>El receptor no está en marcha: inícielo para reproducir una sesión en esta ventana.</translation>
    </message>
    <message>
        <source>Play a session file</source>
        <translation>Reproducir un archivo de sesión</translation>
    </message>
    <message>
        <source>Sessions (*.har *.ndjson *.jsonl *.json);;All files (*)</source>
        <translation>Sesiones (*.har *.ndjson *.jsonl *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Speed (2 plays the recorded gaps twice as fast):</source>
        <translation>Velocidad (2 reproduce los intervalos grabados el doble de rápido):</translation>
    </message>
    <message>
        <source>Demo: %1</source>
        <translation>Demostración: %1</translation>
    </message>
    <message>
        <source>Replay with edits</source>
        <translation>Reenviar con cambios</translation>
    </message>
    <message numerus="yes">
        <source>Replay of %n call(s)</source>
        <translation>
            <numerusform>Reenvío de %n llamada</numerusform>
            <numerusform>Reenvío de %n llamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the demo workspace: %1</source>
        <translation>No se puede abrir el espacio de demostración: %1</translation>
    </message>
    <message>
        <source>Opening the demo workspace was cancelled.</source>
        <translation>Se canceló la apertura del espacio de demostración.</translation>
    </message>
    <message numerus="yes">
        <source>The demo workspace holds %n call(s).</source>
        <translation>
            <numerusform>El espacio de demostración tiene %n llamada.</numerusform>
            <numerusform>El espacio de demostración tiene %n llamadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Preparando el espacio de demostración…</translation>
    </message>
</context>
<context>
    <name>CallScope::DemoWorkspace</name>
    <message>
        <source>Waiting for the consumer&apos;s letter before the account is closed to calls.</source>
        <translation>A la espera de la carta del consumidor antes de cerrar la cuenta a las llamadas.</translation>
    </message>
    <message>
        <source>On the recording the consumer asks for no calls this week only.</source>
        <translation>En la grabación el consumidor pide que no lo llamen solo esta semana.</translation>
    </message>
    <message>
        <source>Listened to the recording: the request was for this week only.</source>
        <translation>Escuché la grabación: la petición era solo para esta semana.</translation>
    </message>
    <message>
        <source>Confirmed on the recording; the account is marked for letters only.</source>
        <translation>Confirmado en la grabación; la cuenta queda marcada solo para cartas.</translation>
    </message>
    <message>
        <source>demo workspace</source>
        <translation>espacio de demostración</translation>
    </message>
</context>
<context>
    <name>CallScope::Duration</name>
    <message>
        <source>invalid</source>
        <translation>no válida</translation>
    </message>
</context>
<context>
    <name>CallScope::ExportController</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s)</source>
        <translation>
            <numerusform>%n sobre</numerusform>
            <numerusform>%n sobres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies)</source>
        <translation>
            <numerusform>%n entrega</numerusform>
            <numerusform>%n entregas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calls</source>
        <translation>Exportar llamadas</translation>
    </message>
    <message>
        <source>CSV, one row per call (*.csv);;NDJSON, one envelope per line (*.ndjson);;JSON array of envelopes (*.json);;HAR 1.2, every delivery with its answer (*.har)</source>
        <translation>CSV, una fila por llamada (*.csv);;NDJSON, un sobre por línea (*.ndjson);;Matriz JSON de sobres (*.json);;HAR 1.2, cada entrega con su respuesta (*.har)</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>Exportando %1 a %2…</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Se exportaron %1 a %2.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; nothing was written.</source>
        <translation>Se canceló la exportación a %1; no se escribió nada.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV, one row per change (*.csv);;JSON array of changes (*.json)</source>
        <translation>CSV, una fila por cambio (*.csv);;Matriz JSON de cambios (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit line(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n línea de auditoría a %1.</numerusform>
            <numerusform>Se exportaron %n líneas de auditoría a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was not exported: %1</source>
        <translation>No se exportó el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>The audit trail export to %1 was cancelled; nothing was written.</source>
        <translation>Se canceló la exportación del registro de auditoría a %1; no se escribió nada.</translation>
    </message>
    <message>
        <source>Exporting the audit trail to %1…</source>
        <translation>Exportando el registro de auditoría a %1…</translation>
    </message>
    <message>
        <source>Save body</source>
        <translation>Guardar cuerpo</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Saved the body (%1 bytes) to %2.</source>
        <translation>Se guardó el cuerpo (%1 bytes) en %2.</translation>
    </message>
    <message>
        <source>The body was not saved: %1</source>
        <translation>No se guardó el cuerpo: %1</translation>
    </message>
    <message>
        <source>Saving the body to %1 was cancelled; nothing was written.</source>
        <translation>Se canceló el guardado del cuerpo en %1; no se escribió nada.</translation>
    </message>
    <message>
        <source>Saving the body to %1…</source>
        <translation>Guardando el cuerpo en %1…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Abre %1</translation>
    </message>
    <message>
        <source>Show %1 in its folder</source>
        <translation>Mostrar %1 en su carpeta</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>La importación falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Import refused: %1 Nothing was imported.</source>
        <translation>Importación rechazada: %1 No se importó nada.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Se escribió el informe (%n página) en %1.</numerusform>
            <numerusform>Se escribió el informe (%n páginas) en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>No se escribió el informe: %1</translation>
    </message>
    <message>
        <source>The report %1 was cancelled; nothing was written.</source>
        <translation>Se canceló el informe %1; no se escribió nada.</translation>
    </message>
    <message>
        <source>Writing the report %1…</source>
        <translation>Escribiendo el informe %1…</translation>
    </message>
    <message>
        <source>Importing %1 deliveries from %2…</source>
        <translation>Importando %1 entregas de %2…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Imported %1 deliveries from %2: %3 new calls, %4 duplicates (%5 with a different body), %6 not JSON, %7 refused attempts.</source>
        <translation>Se importaron %1 entregas de %2: %3 llamadas nuevas, %4 duplicadas (%5 con un cuerpo distinto), %6 no JSON, %7 intentos rechazados.</translation>
    </message>
</context>
<context>
    <name>CallScope::ExportWriter</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>No se puede escribir la exportación: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; the file is incomplete.</source>
        <translation>La exportación se canceló; el archivo está incompleto.</translation>
    </message>
</context>
<context>
    <name>CallScope::FigureTile</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Actualizando</translation>
    </message>
</context>
<context>
    <name>CallScope::FileJobs</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se escribió nada.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Cancelado; no se importó nada.</translation>
    </message>
</context>
<context>
    <name>CallScope::FilterBar</name>
    <message>
        <source>Press Enter to apply.</source>
        <translation>Pulse Intro para aplicar.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Columna %1: %2</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtrando…</translation>
    </message>
    <message>
        <source>1 call</source>
        <translation>1 llamada</translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 llamadas</translation>
    </message>
    <message>
        <source>%1 match</source>
        <translation>%1 coinciden</translation>
    </message>
    <message>
        <source>%1 match (%2 ms)</source>
        <translation>%1 coinciden (%2 ms)</translation>
    </message>
    <message>
        <source>The store could not filter: %1</source>
        <translation>El almacén no pudo filtrar: %1</translation>
    </message>
    <message>
        <source>%1  —  %2</source>
        <translation>%1  —  %2</translation>
    </message>
    <message>
        <source>No saved filters yet</source>
        <translation>Aún no hay filtros guardados</translation>
    </message>
    <message>
        <source>Save the current filter…</source>
        <translation>Guardar el filtro actual…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Guardar filtro</translation>
    </message>
    <message>
        <source>Name for “%1”:</source>
        <translation>Nombre para “%1”:</translation>
    </message>
</context>
<context>
    <name>CallScope::HarFormat</name>
    <message>
        <source>The body was not kept: %1.</source>
        <translation>El cuerpo no se guardó: %1.</translation>
    </message>
    <message>
        <source>Masked export: the body is not JSON, so it is left out.</source>
        <translation>Exportación enmascarada: el cuerpo no es JSON, así que se omite.</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>No se puede leer la base de datos: %1</translation>
    </message>
    <message>
        <source>%1: entry %2 has no valid startedDateTime.</source>
        <translation>%1: la entrada %2 no tiene un startedDateTime válido.</translation>
    </message>
    <message>
        <source>Refused (%1) before its body was read.</source>
        <translation>Rechazado (%1) antes de leer su cuerpo.</translation>
    </message>
</context>
<context>
    <name>CallScope::HeadlineText</name>
    <message>
        <source>%1 vs previous period (%2)</source>
        <translation>%1 frente al periodo anterior (%2)</translation>
    </message>
    <message>
        <source>%1 pts vs previous period (%2)</source>
        <translation>%1 pts frente al periodo anterior (%2)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Right-party contact rate</source>
        <translation>Tasa de contacto con la persona correcta</translation>
    </message>
    <message>
        <source>Promise-to-pay rate</source>
        <translation>Tasa de promesa de pago</translation>
    </message>
    <message>
        <source>Plans accepted</source>
        <translation>Planes aceptados</translation>
    </message>
    <message>
        <source>Payments made</source>
        <translation>Pagos realizados</translation>
    </message>
    <message>
        <source>Payments failed</source>
        <translation>Pagos fallidos</translation>
    </message>
    <message>
        <source>Compliance events</source>
        <translation>Eventos de cumplimiento</translation>
    </message>
</context>
<context>
    <name>CallScope::JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Progreso: %1</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation>Cancelar: %1</translation>
    </message>
</context>
<context>
    <name>CallScope::JsonStream</name>
    <message>
        <source>the file ends where a value should begin</source>
        <translation>el archivo termina donde debería empezar un valor</translation>
    </message>
    <message>
        <source>the value that begins at byte %1 is cut short by the end of the file</source>
        <translation>el valor que empieza en el byte %1 queda cortado por el final del archivo</translation>
    </message>
    <message>
        <source>a value was expected at byte %1</source>
        <translation>se esperaba un valor en el byte %1</translation>
    </message>
    <message>
        <source>a member name was expected at byte %1</source>
        <translation>se esperaba un nombre de miembro en el byte %1</translation>
    </message>
    <message>
        <source>&apos;{&apos; was expected at byte %1</source>
        <translation>se esperaba &apos;{&apos; en el byte %1</translation>
    </message>
    <message>
        <source>&apos;:&apos; was expected at byte %1</source>
        <translation>se esperaba &apos;:&apos; en el byte %1</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; was expected at byte %1</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos; en el byte %1</translation>
    </message>
    <message>
        <source>&apos;[&apos; was expected at byte %1</source>
        <translation>se esperaba &apos;[&apos; en el byte %1</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; was expected at byte %1</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos; en el byte %1</translation>
    </message>
</context>
<context>
    <name>CallScope::ListenerStatus</name>
    <message>
        <source>%1 s ago</source>
        <translation>hace %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <source>no delivery yet</source>
        <translation>aún ninguna entrega</translation>
    </message>
    <message>
        <source>Listener starting…</source>
        <translation>Iniciando el receptor…</translation>
    </message>
    <message>
        <source>● Listening on %1</source>
        <translation>● Escuchando en %1</translation>
    </message>
    <message>
        <source>Point the platform&apos;s call.completed webhook at this URL.</source>
        <translation>Dirija el webhook call.completed de la plataforma a esta URL.</translation>
    </message>
    <message>
        <source>○ Listener stopped</source>
        <translation>○ Receptor detenido</translation>
    </message>
    <message>
        <source>○ Not listening: %1</source>
        <translation>○ Sin escuchar: %1</translation>
    </message>
    <message>
        <source>last delivery %1</source>
        <translation>última entrega %1</translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation>%1/min</translation>
    </message>
    <message>
        <source>Every delivery answered is stored; its call shows in the table once it is indexed.</source>
        <translation>Toda entrega respondida está guardada; su llamada aparece en la tabla cuando se indexa.</translation>
    </message>
    <message>
        <source>1 delivery</source>
        <translation>1 entrega</translation>
    </message>
    <message>
        <source>%1 deliveries</source>
        <translation>%1 entregas</translation>
    </message>
    <message>
        <source>Indexing: %1 behind (%2 s)</source>
        <translation>Indexando: %1 de retraso (%2 s)</translation>
    </message>
    <message>
        <source>Upgrading the database: step %1 of %2, %3 %</source>
        <translation>Actualizando la base de datos: paso %1 de %2, %3 %</translation>
    </message>
    <message>
        <source>%1 The listener starts once the database is upgraded.</source>
        <translation>%1 El receptor se inicia cuando la base de datos esté actualizada.</translation>
    </message>
</context>
<context>
    <name>CallScope::MainWindow</name>
    <message>
        <source>Replay log</source>
        <translation>Registro de reenvíos</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel de cifras</translation>
    </message>
    <message>
        <source>Deliveries are not being stored: %1. Senders get 503 and retry; no delivery they were told is stored is lost.</source>
        <translation>Las entregas no se están guardando: %1. Los emisores reciben 503 y reintentan; no se pierde ninguna entrega que se les confirmó como guardada.</translation>
    </message>
    <message numerus="yes">
        <source>Deliveries are stored again; %n were refused with 503 meanwhile.</source>
        <translation>
            <numerusform>Las entregas vuelven a guardarse; %n se rechazó con 503 mientras tanto.</numerusform>
            <numerusform>Las entregas vuelven a guardarse; %n se rechazaron con 503 mientras tanto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Modo presentador</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Import deliveries</source>
        <translation>Importar entregas</translation>
    </message>
    <message>
        <source>Deliveries (*.ndjson *.jsonl *.json *.har);;All files (*)</source>
        <translation>Entregas (*.ndjson *.jsonl *.json *.har);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>CallScope</source>
        <translation>CallScope</translation>
    </message>
    <message>
        <source>The listener is not running: %1 Calls already stored are still shown.</source>
        <translation>El receptor no está en marcha: %1 Las llamadas ya guardadas se siguen mostrando.</translation>
    </message>
    <message>
        <source>Listen on another port</source>
        <translation>Escuchar en otro puerto</translation>
    </message>
    <message>
        <source>Port for the listener (0 picks any free port):</source>
        <translation>Puerto del receptor (0 elige cualquier puerto libre):</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>El idioma cambia en el próximo inicio.</translation>
    </message>
    <message>
        <source>Copied the call&apos;s JSON (%1 bytes).</source>
        <translation>Se copió el JSON de la llamada (%1 bytes).</translation>
    </message>
    <message>
        <source>Select the calls to export first.</source>
        <translation>Seleccione primero las llamadas que quiere exportar.</translation>
    </message>
    <message>
        <source>Presenter mode: personal data is masked in the table, the details and exports.</source>
        <translation>Modo presentador: los datos personales se enmascaran en la tabla, los detalles y las exportaciones.</translation>
    </message>
    <message>
        <source>Presenter mode off.</source>
        <translation>Modo presentador desactivado.</translation>
    </message>
    <message>
        <source>Stop-contact outcome</source>
        <translation>Resultado de cese de contacto</translation>
    </message>
    <message>
        <source>%1 — CallScope</source>
        <translation>%1 — CallScope</translation>
    </message>
    <message>
        <source>Select the calls to replay first.</source>
        <translation>Seleccione primero las llamadas que quiere reenviar.</translation>
    </message>
    <message>
        <source>Off in presenter mode: the body shown is masked, and a masked body must never be sent.</source>
        <translation>Desactivado en modo presentador: el cuerpo mostrado está enmascarado, y un cuerpo enmascarado nunca debe enviarse.</translation>
    </message>
    <message>
        <source>Replay with edits is off in presenter mode: the body shown is masked, and a masked body must never be sent.</source>
        <translation>Reenviar con cambios está desactivado en modo presentador: el cuerpo mostrado está enmascarado, y un cuerpo enmascarado nunca debe enviarse.</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
    <message>
        <source>The stored calls; the selected one is shown in the details</source>
        <translation>Las llamadas guardadas; la seleccionada se muestra en los detalles</translation>
    </message>
    <message>
        <source>%1 — PRESENTER MODE: personal data masked — CallScope</source>
        <translation>%1 — MODO PRESENTADOR: datos personales enmascarados — CallScope</translation>
    </message>
    <message>
        <source>this is the demo workspace</source>
        <translation>este es el espacio de demostración</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Espacio de demostración</translation>
    </message>
</context>
<context>
    <name>CallScope::MaskedRecords</name>
    <message>
        <source>(hidden in presenter mode)</source>
        <translation>(oculto en modo presentador)</translation>
    </message>
</context>
<context>
    <name>CallScope::Masker</name>
    <message>
        <source>promise to pay in 1 day</source>
        <translation>promesa de pago en 1 día</translation>
    </message>
    <message>
        <source>promise to pay in %1 days</source>
        <translation>promesa de pago en %1 días</translation>
    </message>
    <message>
        <source>No outcome reported.</source>
        <translation>Ningún resultado informado.</translation>
    </message>
</context>
<context>
    <name>CallScope::OutcomeBadge</name>
    <message>
        <source>C&amp;D</source>
        <translation>C&amp;D</translation>
    </message>
    <message>
        <source>DNC</source>
        <translation>NO LLAMAR</translation>
    </message>
    <message>
        <source>BANKRUPT</source>
        <translation>QUIEBRA</translation>
    </message>
    <message>
        <source>DECEASED</source>
        <translation>FALLECIDO</translation>
    </message>
    <message>
        <source>FRAUD</source>
        <translation>FRAUDE</translation>
    </message>
    <message>
        <source>LEGAL</source>
        <translation>LEGAL</translation>
    </message>
    <message>
        <source>LAWSUIT</source>
        <translation>DEMANDA</translation>
    </message>
    <message>
        <source>COMPLAINT</source>
        <translation>QUEJA</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>PAGADO</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>PAY FAILED</source>
        <translation>PAGO FALLIDO</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>SE NIEGA</translation>
    </message>
    <message>
        <source>DISPUTE</source>
        <translation>DISPUTA</translation>
    </message>
    <message>
        <source>WRONG #</source>
        <translation>N.º ERRÓNEO</translation>
    </message>
    <message>
        <source>WRONG PARTY</source>
        <translation>OTRA PERSONA</translation>
    </message>
    <message>
        <source>ES</source>
        <translation>ES</translation>
    </message>
    <message>
        <source>PTP %1d</source>
        <translation>PP %1d</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>PATRÓN</translation>
    </message>
    <message>
        <source>401 NOT AUTHORIZED</source>
        <translation>401 NO AUTORIZADO</translation>
    </message>
    <message>
        <source>413 TOO LARGE</source>
        <translation>413 DEMASIADO GRANDE</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>¿%1?</translation>
    </message>
    <message>
        <source>%1: sent with the wrong type, so it is not read as a flag. Malformed compliance flag: a person must look at it.</source>
        <translation>%1: enviado con el tipo equivocado, así que no se lee como indicador. Indicador de cumplimiento mal formado: una persona debe revisarlo.</translation>
    </message>
    <message>
        <source>%1 (wrong type)</source>
        <translation>%1 (tipo equivocado)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>CallScope::OutcomeReferenceModel</name>
    <message>
        <source>yes / no</source>
        <translation>sí / no</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>plan type</source>
        <translation>tipo de plan</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation>Localización</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>Stop contact</source>
        <translation>Cese de contacto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Resaltado</translation>
    </message>
    <message>
        <source>Definition (from the spec)</source>
        <translation>Definición (de la especificación)</translation>
    </message>
</context>
<context>
    <name>CallScope::ReplayDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Replay with edits</source>
        <translation>Reenviar con cambios</translation>
    </message>
    <message>
        <source>Edit the body and content headers, then send them to the target. The stored delivery is not changed.</source>
        <translation>Edite el cuerpo y las cabeceras de contenido y envíelos al destino. La entrega guardada no cambia.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reenviar</translation>
    </message>
    <message numerus="yes">
        <source>Sends the stored deliveries of %n call(s) again, the exact bytes received, with their content headers.</source>
        <translation>
            <numerusform>Vuelve a enviar las entregas guardadas de %n llamada, los bytes exactos recibidos, con sus cabeceras de contenido.</numerusform>
            <numerusform>Vuelve a enviar las entregas guardadas de %n llamadas, los bytes exactos recibidos, con sus cabeceras de contenido.</numerusform>
        </translation>
    </message>
    <message>
        <source>The target must be an http or https URL, such as http://127.0.0.1:8787/.</source>
        <translation>El destino debe ser una URL http o https, como http://127.0.0.1:8787/.</translation>
    </message>
    <message>
        <source>The secret must look like whsec_ followed by base64, as Standard Webhooks secrets do.</source>
        <translation>El secreto debe tener la forma whsec_ seguida de base64, como los secretos de Standard Webhooks.</translation>
    </message>
</context>
<context>
    <name>CallScope::ReplayPanel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Contenido de la respuesta</translation>
    </message>
    <message>
        <source>%1: %2 of %3 sent</source>
        <translation>%1: %2 de %3 enviadas</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>%1: stopped, %2 cannot be reached</source>
        <translation>%1: detenido, no se puede alcanzar %2</translation>
    </message>
    <message>
        <source>%1: done, %2 answered, %3 failed</source>
        <translation>%1: terminado, %2 respondidas, %3 fallidas</translation>
    </message>
    <message>
        <source>%1: starting…</source>
        <translation>%1: iniciando…</translation>
    </message>
</context>
<context>
    <name>CallScope::Report</name>
    <message>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>overturned</source>
        <translation>anulada</translation>
    </message>
    <message>
        <source>The filter is not valid: %1</source>
        <translation>El filtro no es válido: %1</translation>
    </message>
    <message>
        <source>Call report</source>
        <translation>Informe de llamadas</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Generated by CallScope on %1</source>
        <translation>Generado por CallScope el %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periodo: %1</translation>
    </message>
    <message>
        <source>Organizations: %1</source>
        <translation>Organizaciones: %1</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>Llamadas: %1</translation>
    </message>
    <message>
        <source>all calls</source>
        <translation>todas las llamadas</translation>
    </message>
    <message>
        <source>those matching the filter %1</source>
        <translation>las que cumplen el filtro %1</translation>
    </message>
    <message>
        <source>Personal data (phone and file numbers, names, summaries) is masked in this report.</source>
        <translation>Los datos personales (números de teléfono y de expediente, nombres, resúmenes) están enmascarados en este informe.</translation>
    </message>
    <message>
        <source>Figures count each call once, on its own date (when it was created). The previous period is the span of the same length just before this one.</source>
        <translation>Las cifras cuentan cada llamada una vez, en su propia fecha (cuando se creó). El periodo anterior es el intervalo de la misma duración justo antes de este.</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Cifras principales</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Right party</source>
        <translation>Persona correcta</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Promesa de pago</translation>
    </message>
    <message>
        <source>Payment made</source>
        <translation>Pago realizado</translation>
    </message>
    <message>
        <source>Calls over time (by %1)</source>
        <translation>Llamadas en el tiempo (por %1)</translation>
    </message>
    <message>
        <source>Outcomes over time (by %1)</source>
        <translation>Resultados en el tiempo (por %1)</translation>
    </message>
    <message>
        <source>Promise to pay or plan accepted</source>
        <translation>Promesa de pago o plan aceptado</translation>
    </message>
    <message>
        <source>%1 (%2 of calls)</source>
        <translation>%1 (%2 de las llamadas)</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 llamadas</translation>
    </message>
    <message>
        <source>Right-party rate</source>
        <translation>Tasa de persona correcta</translation>
    </message>
    <message>
        <source>Promise-to-pay rate</source>
        <translation>Tasa de promesas de pago</translation>
    </message>
    <message>
        <source>Payments made</source>
        <translation>Pagos realizados</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Por agente</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>By organization</source>
        <translation>Por organización</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Stop-contact flags</source>
        <translation>Marcas de cese de contacto</translation>
    </message>
    <message>
        <source>Hardship flags</source>
        <translation>Marcas de dificultad</translation>
    </message>
    <message>
        <source>Compliance over time (by %1)</source>
        <translation>Cumplimiento en el tiempo (por %1)</translation>
    </message>
    <message>
        <source>Compliance events</source>
        <translation>Eventos de cumplimiento</translation>
    </message>
    <message>
        <source>The first %1 of %2 calls with a stop-contact flag; the filter %3 lists them all.</source>
        <translation>Las primeras %1 de %2 llamadas con una marca de cese de contacto; el filtro %3 las muestra todas.</translation>
    </message>
    <message>
        <source>No call raised a stop-contact flag in this period.</source>
        <translation>Ninguna llamada levantó una marca de cese de contacto en este periodo.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Call / phone</source>
        <translation>Llamada / teléfono</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Top outcomes</source>
        <translation>Resultados más frecuentes</translation>
    </message>
    <message>
        <source>No outcome was raised in this period.</source>
        <translation>Ningún resultado se levantó en este periodo.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Share of calls</source>
        <translation>Proporción de llamadas</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Se canceló el informe.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>those matching a filter (not shown: presenter masking)</source>
        <translation>las que cumplen un filtro (no se muestra: enmascarado de presentación)</translation>
    </message>
    <message>
        <source>The first %1 of %2 calls with a stop-contact flag; the window lists them all (Show stop-contact calls).</source>
        <translation>Las primeras %1 de %2 llamadas con un indicador de dejar de contactar; la ventana las muestra todas (Mostrar llamadas de dejar de contactar).</translation>
    </message>
</context>
<context>
    <name>CallScope::ReviewController</name>
    <message>
        <source>Nothing to save: the review is as stored.</source>
        <translation>Nada que guardar: la revisión está como se guardó.</translation>
    </message>
    <message>
        <source>No unreviewed call in this list.</source>
        <translation>No hay llamadas sin revisar en esta lista.</translation>
    </message>
    <message>
        <source>No unreviewed call after that one: went on from the top.</source>
        <translation>No hay llamadas sin revisar después de esa: se siguió desde el principio.</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Nombre del revisor</translation>
    </message>
    <message>
        <source>The audit trail records your reviews under:</source>
        <translation>El registro de auditoría anota sus revisiones con el nombre:</translation>
    </message>
    <message>
        <source>Undone at %1: the review is back as it was.</source>
        <translation>Deshecho a las %1: la revisión vuelve a estar como estaba.</translation>
    </message>
    <message>
        <source>Saved at %1. Ctrl+Z on this tab undoes it.</source>
        <translation>Guardado a las %1. Ctrl+Z en esta pestaña lo deshace.</translation>
    </message>
    <message>
        <source>Review save undone.</source>
        <translation>Guardado de la revisión deshecho.</translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation>Revisión guardada.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your edits are kept here and saved again when you leave this call, or now with Ctrl+S.</source>
        <translation>No se guardó: %1 Sus cambios se conservan aquí y se vuelven a guardar al salir de esta llamada, o ahora con Ctrl+S.</translation>
    </message>
    <message>
        <source>The review of call %1 was not saved: %2 Your edits are kept: open the call to see them; they are saved again when you leave it.</source>
        <translation>La revisión de la llamada %1 no se guardó: %2 Sus cambios se conservan: abra la llamada para verlos; se vuelven a guardar al salir de ella.</translation>
    </message>
    <message>
        <source>Saving reviews…</source>
        <translation>Guardando revisiones…</translation>
    </message>
    <message>
        <source>Reviews not saved</source>
        <translation>Revisiones sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>%n review edit(s) could not be saved: %1</source>
        <translation>
            <numerusform>%n cambio de revisión no se pudo guardar: %1</numerusform>
            <numerusform>%n cambios de revisión no se pudieron guardar: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again once the store can be written (another program may hold it), or go on and lose these edits.</source>
        <translation>Vuelva a intentarlo cuando se pueda escribir en el almacén (quizá otro programa lo tiene), o continúe y pierda estos cambios.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>&amp;Descartarlos</translation>
    </message>
</context>
<context>
    <name>CallScope::ReviewDrafts</name>
    <message>
        <source>Undo of the save at %1</source>
        <translation>Se deshizo el guardado de las %1</translation>
    </message>
</context>
<context>
    <name>CallScope::ReviewPanel</name>
    <message>
        <source>Flag</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>(you review as %1)</source>
        <translation>(revisa como %1)</translation>
    </message>
    <message>
        <source>last reviewed by %1; you review as %2</source>
        <translation>última revisión de %1; usted revisa como %2</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>overturned</source>
        <translation>anulado</translation>
    </message>
    <message>
        <source>Review notes are hidden and cannot be edited in presenter mode.</source>
        <translation>Las notas de revisión están ocultas y no se pueden editar en modo presentador.</translation>
    </message>
    <message>
        <source>disposition of %1</source>
        <translation>decisión sobre %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Stop-contact flags of this call: confirm each, or overturn it with a reason, before it can be marked reviewed</source>
        <translation>Indicadores de cese de contacto de esta llamada: confirme cada uno, o anúlelo con un motivo, antes de marcarla como revisada</translation>
    </message>
    <message>
        <source>No stop-contact flag is raised on this call.</source>
        <translation>Esta llamada no activa ningún indicador de cese de contacto.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your edits are kept here and saved again when you leave this call, or now with Ctrl+S.</source>
        <translation>No se guardó: %1 Sus cambios se conservan aquí y se vuelven a guardar al salir de esta llamada, o ahora con Ctrl+S.</translation>
    </message>
    <message>
        <source>Edited; saving…</source>
        <translation>Editado; guardando…</translation>
    </message>
    <message>
        <source>Disposition of %1</source>
        <translation>Decisión sobre %1</translation>
    </message>
    <message>
        <source>Reason for the disposition of %1</source>
        <translation>Motivo de la decisión sobre %1</translation>
    </message>
    <message>
        <source>Why it does not hold (required)</source>
        <translation>Por qué no es válido (obligatorio)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Not marked reviewed: %1</source>
        <translation>No se marcó como revisada: %1</translation>
    </message>
</context>
<context>
    <name>CallScope::ReviewRules</name>
    <message>
        <source>give each stop-contact flag a disposition first (confirmed, or overturned with a reason): %1.</source>
        <translation>primero dé una decisión a cada indicador de cese de contacto (confirmado, o anulado con un motivo): %1.</translation>
    </message>
</context>
<context>
    <name>CallScope::ReviewState</name>
    <message>
        <source>Unreviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Requiere seguimiento</translation>
    </message>
</context>
<context>
    <name>CallScope::SecretStore</name>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>The desktop&apos;s secret store keeps the token and the signing secret but did not give them (%1).</source>
        <translation>El almacén de secretos del escritorio guarda el token y el secreto de firma, pero no los entregó (%1).</translation>
    </message>
    <message>
        <source>The desktop&apos;s secret store no longer holds the token and the signing secret CallScope kept there: enter them again in Settings.</source>
        <translation>El almacén de secretos del escritorio ya no guarda el token ni el secreto de firma que CallScope guardó allí: vuelva a introducirlos en Configuración.</translation>
    </message>
</context>
<context>
    <name>CallScope::SettingsDialog</name>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>CallScope databases (*.db);;All files (*)</source>
        <translation>Bases de datos de CallScope (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificado TLS</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Clave privada TLS</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The address must be an IP address, such as 127.0.0.1 or 0.0.0.0.</source>
        <translation>La dirección debe ser una dirección IP, como 127.0.0.1 o 0.0.0.0.</translation>
    </message>
    <message>
        <source>The signing secret must be whsec_ followed by base64, as the platform gives it (or use Generate).</source>
        <translation>El secreto de firma debe ser whsec_ seguido de base64, tal como lo da la plataforma (o use Generar).</translation>
    </message>
    <message>
        <source>HTTPS needs both a certificate and its private key.</source>
        <translation>HTTPS necesita un certificado y su clave privada.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>The database must be a file, not the folder %1.</source>
        <translation>La base de datos debe ser un archivo, no la carpeta %1.</translation>
    </message>
    <message>
        <source>The database&apos;s folder %1 does not exist.</source>
        <translation>La carpeta de la base de datos, %1, no existe.</translation>
    </message>
    <message>
        <source>Kept in the desktop&apos;s secret store.</source>
        <translation>Guardados en el almacén de secretos del escritorio.</translation>
    </message>
    <message>
        <source>No secret service is running: kept in the settings file, readable by you only.</source>
        <translation>No hay ningún servicio de secretos en marcha: guardados en el archivo de configuración, que solo usted puede leer.</translation>
    </message>
    <message>
        <source>Not in presenter mode: secrets are never shown to an audience.</source>
        <translation>No en modo presentador: los secretos nunca se muestran a un público.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
</context>
<context>
    <name>CallScope::SeverityLegend</name>
    <message>
        <source>stop contact</source>
        <translation>cese de contacto</translation>
    </message>
    <message>
        <source>invalid or conflicting</source>
        <translation>no válida o en conflicto</translation>
    </message>
    <message>
        <source>payment or plan</source>
        <translation>pago o plan</translation>
    </message>
    <message>
        <source>wrong party or number</source>
        <translation>otra persona o número erróneo</translation>
    </message>
</context>
<context>
    <name>CallScope::SqlSupport</name>
    <message>
        <source>the database is locked by another program (another CallScope, or a tool that holds it open)</source>
        <translation>la base de datos está bloqueada por otro programa (otro CallScope, o una herramienta que la mantiene abierta)</translation>
    </message>
    <message>
        <source>the database is read-only (check the file&apos;s and its folder&apos;s permissions)</source>
        <translation>la base de datos es de solo lectura (revise los permisos del archivo y de su carpeta)</translation>
    </message>
    <message>
        <source>the disk refused to write (full disk, a file size limit, or a failing or removed drive)</source>
        <translation>el disco rechazó la escritura (disco lleno, un límite de tamaño de archivo, o una unidad averiada o extraída)</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>el archivo de la base de datos está dañado</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the database file cannot be opened (check that its folder exists and is writable)</source>
        <translation>no se puede abrir el archivo de la base de datos (compruebe que su carpeta existe y admite escritura)</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>No hay ninguna base de datos en %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
</context>
<context>
    <name>CallScope::StopContactNotice</name>
    <message>
        <source>A new call to review: %1.</source>
        <translation>Una llamada nueva para revisar: %1.</translation>
    </message>
    <message>
        <source>%1 new calls to review: %2.</source>
        <translation>%1 llamadas nuevas para revisar: %2.</translation>
    </message>
</context>
<context>
    <name>CallScope::StoreSchema</name>
    <message>
        <source>Creating the tables.</source>
        <translation>Creando las tablas.</translation>
    </message>
    <message>
        <source>Adding the review columns and the sort indexes.</source>
        <translation>Añadiendo las columnas de revisión y los índices de orden.</translation>
    </message>
    <message>
        <source>Building the index that filters read.</source>
        <translation>Creando el índice que leen los filtros.</translation>
    </message>
    <message>
        <source>Adding the review audit trail.</source>
        <translation>Añadiendo el registro de auditoría de las revisiones.</translation>
    </message>
    <message>
        <source>Adding the contact-pattern columns and indexes.</source>
        <translation>Añadiendo las columnas e índices de los patrones de contacto.</translation>
    </message>
    <message>
        <source>Rebuilding the index that filters read, newest calls last.</source>
        <translation>Reconstruyendo el índice que leen los filtros, con las llamadas más recientes al final.</translation>
    </message>
    <message>
        <source>Marking the attempts that were refused.</source>
        <translation>Marcando los intentos rechazados.</translation>
    </message>
    <message>
        <source>Reading outcomes of the wrong type again.</source>
        <translation>Volviendo a leer los resultados de tipo incorrecto.</translation>
    </message>
    <message>
        <source>Removing secret header values kept by earlier versions.</source>
        <translation>Eliminando los valores secretos de cabeceras guardados por versiones anteriores.</translation>
    </message>
    <message>
        <source>Indexing the rows that are not calls.</source>
        <translation>Indexando las filas que no son llamadas.</translation>
    </message>
    <message>
        <source>Working out every call&apos;s contact-pattern warnings again.</source>
        <translation>Recalculando los avisos de patrones de contacto de cada llamada.</translation>
    </message>
    <message>
        <source>Making the audit trail refuse replaced lines.</source>
        <translation>Haciendo que el registro de auditoría rechace las líneas reemplazadas.</translation>
    </message>
    <message>
        <source>Rewriting the file so that no free page keeps a removed secret.</source>
        <translation>Reescribiendo el archivo para que ninguna página libre conserve un secreto eliminado.</translation>
    </message>
    <message>
        <source>Keeping each delivery&apos;s dedupe keys apart, for answers before indexing.</source>
        <translation>Guardando aparte las claves de deduplicación de cada entrega, para responder antes de indexar.</translation>
    </message>
    <message>
        <source>Building the word search index.</source>
        <translation>Creando el índice de búsqueda de palabras.</translation>
    </message>
    <message>
        <source>Building the indexes that sort by text.</source>
        <translation>Creando los índices que ordenan por texto.</translation>
    </message>
</context>
<context>
    <name>CallScope::TimeBuckets</name>
    <message>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
</context>
<context>
    <name>CallScope::WebhookAnswer</name>
    <message>
        <source>it was over the size limit</source>
        <translation>superaba el límite de tamaño</translation>
    </message>
    <message>
        <source>the request was refused (401: no or wrong token or signature) before its body was read</source>
        <translation>la solicitud se rechazó (401: sin token o firma, o incorrectos) antes de leer su cuerpo</translation>
    </message>
    <message>
        <source>the request was refused (%1) before its body was read</source>
        <translation>la solicitud se rechazó (%1) antes de leer su cuerpo</translation>
    </message>
</context>
<context>
    <name>CallScope::WebhookListener</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>HTTPS is not available: no TLS library was found (%1).</source>
        <translation>HTTPS no está disponible: no se encontró ninguna biblioteca TLS (%1).</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate %1 or its key %2.</source>
        <translation>No se puede leer el certificado TLS %1 ni su clave %2.</translation>
    </message>
    <message>
        <source>The TLS certificate %1 or its key %2 is not PEM the listener can use.</source>
        <translation>El certificado TLS %1 o su clave %2 no es un PEM que el receptor pueda usar.</translation>
    </message>
</context>
<context>
    <name>CallScope::WelcomePanel</name>
    <message>
        <source>The listener is not running</source>
        <translation>El receptor no está en marcha</translation>
    </message>
    <message>
        <source>This listener requires Standard Webhooks signatures, which curl cannot make: use Send sample calls, or callscope send with the same secret.</source>
        <translation>Este receptor exige firmas de Standard Webhooks, que curl no puede generar: use Enviar llamadas de ejemplo, o callscope send con el mismo secreto.</translation>
    </message>
    <message>
        <source>The listener accepts this computer only; to receive calls from the platform, listen on 0.0.0.0 (Settings) or use a tunnel (see Troubleshooting in the README).</source>
        <translation>El receptor solo acepta este equipo; para recibir llamadas de la plataforma, escuche en 0.0.0.0 (Configuración) o use un túnel (vea Solución de problemas en el README).</translation>
    </message>
    <message>
        <source>Presenter mode: the token is not shown.</source>
        <translation>Modo presentador: el token no se muestra.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>doNotCall or group:bankruptcy · duration&gt;5m · phone~555 · review=unreviewed   (Ctrl+F or /)</source>
        <translation>doNotCall or group:bankruptcy · duration&gt;5m · phone~555 · review=unreviewed   (Ctrl+F o /)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Apply the filter (Enter)</source>
        <translation>Aplicar el filtro (Intro)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardados</translation>
    </message>
    <message>
        <source>Saved filters: apply one, or save the current filter under a name</source>
        <translation>Filtros guardados: aplique uno, o guarde el filtro actual con un nombre</translation>
    </message>
    <message>
        <source>Quick:</source>
        <translation>Rápidos:</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requieren atención</translation>
    </message>
    <message>
        <source>Unreviewed calls with a stop-contact outcome or a contact-pattern warning, oldest first: the triage queue</source>
        <translation>Llamadas sin revisar con un resultado de cese de contacto o un aviso de patrón de contacto, las más antiguas primero: la cola de triaje</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Calls with a stop-contact outcome: cease-and-desist, do-not-call, bankruptcy, deceased, fraud, legal threats, complaints</source>
        <translation>Llamadas con un resultado de cese de contacto: cese y desistimiento, no llamar, quiebra, fallecimiento, fraude, amenazas legales, quejas</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Calls with a payment made or failed, or a plan accepted</source>
        <translation>Llamadas con un pago realizado o fallido, o un plan aceptado</translation>
    </message>
    <message>
        <source>Wrong party</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>Calls that reached a wrong number or a wrong party</source>
        <translation>Llamadas que dieron con un número erróneo o con otra persona</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válidas</translation>
    </message>
    <message>
        <source>Deliveries that break the spec, are not JSON, or conflict with an earlier delivery</source>
        <translation>Entregas que incumplen la especificación, no son JSON o entran en conflicto con una entrega anterior</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>Calls nobody has reviewed yet</source>
        <translation>Llamadas que nadie ha revisado todavía</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Calls marked Needs follow-up, oldest first: the follow-up queue</source>
        <translation>Llamadas marcadas como Requiere seguimiento, la más antigua primero: la cola de seguimiento</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Outcome reference</source>
        <translation>Referencia de resultados</translation>
    </message>
    <message>
        <source>Filter language</source>
        <translation>Lenguaje de filtros</translation>
    </message>
    <message>
        <source>Words match text in callId, phoneNumber, fileNumber, summary, organization and agent names.

doNotCall — an outcome key alone: that outcome is true; !doNotCall: it is not.
field OP value — OP is = != &lt; &lt;= &gt; &gt;= or ~ (contains), on any outcome key or callId, phoneNumber, fileNumber, status, duration, summary, org, agent, event, createdAt, endedAt, receivedAt, review, validation. field:value means field=value.
group:compliance — any outcome of that group is true.
Terms side by side must all hold; or, and, ! and parentheses combine them.

Examples:
  doNotCall or ceaseAndDesist
  duration&gt;5m agent~outbound
  plan_type=settlement_plan
  receivedAt&gt;=today review=unreviewed
  &quot;written communications&quot;</source>
        <translation>Las palabras buscan texto en callId, phoneNumber, fileNumber, summary y los nombres de organización y agente.

doNotCall — una clave de resultado sola: ese resultado es verdadero; !doNotCall: no lo es.
campo OP valor — OP es = != &lt; &lt;= &gt; &gt;= o ~ (contiene), sobre cualquier clave de resultado o callId, phoneNumber, fileNumber, status, duration, summary, org, agent, event, createdAt, endedAt, receivedAt, review, validation. campo:valor equivale a campo=valor.
group:compliance — algún resultado de ese grupo es verdadero.
Los términos uno junto a otro deben cumplirse todos; or, and, ! y los paréntesis los combinan.

Ejemplos:
  doNotCall or ceaseAndDesist
  duration&gt;5m agent~outbound
  plan_type=settlement_plan
  receivedAt&gt;=today review=unreviewed
  &quot;written communications&quot;</translation>
    </message>
    <message>
        <source>About CallScope</source>
        <translation>Acerca de CallScope</translation>
    </message>
    <message>
        <source>CallScope %1

Receives call.completed webhooks of an AI collection-call platform, stores every delivery durably before answering, and shows the calls and their outcomes for review.</source>
        <translation>CallScope %1

Recibe los webhooks call.completed de una plataforma de llamadas de cobranza con IA, guarda cada entrega de forma duradera antes de responder y muestra las llamadas y sus resultados para revisarlos.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CallScope</source>
        <translation>CallScope</translation>
    </message>
    <message>
        <source>Use &amp;another port…</source>
        <translation>Usar &amp;otro puerto…</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Rein&amp;tentar</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Listener</source>
        <translation>Re&amp;ceptor</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Demostración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import ndjson, json or HAR files (or drop them on the window)</source>
        <translation>Importar archivos ndjson, json o HAR (o soltarlos sobre la ventana)</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export all calls…</source>
        <translation>&amp;Exportar todas las llamadas…</translation>
    </message>
    <message>
        <source>Export every stored call as csv, ndjson, json or HAR</source>
        <translation>Exportar todas las llamadas guardadas como csv, ndjson, json o HAR</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the &amp;filtered calls…</source>
        <translation>Exportar las llamadas &amp;filtradas…</translation>
    </message>
    <message>
        <source>Export the calls the filter shows</source>
        <translation>Exportar las llamadas que muestra el filtro</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export the &amp;selected calls…</source>
        <translation>Exportar las llamadas &amp;seleccionadas…</translation>
    </message>
    <message>
        <source>Export the calls selected in the table</source>
        <translation>Exportar las llamadas seleccionadas en la tabla</translation>
    </message>
    <message>
        <source>Ctrl+Alt+E</source>
        <translation>Ctrl+Alt+E</translation>
    </message>
    <message>
        <source>Copy listener &amp;URL</source>
        <translation>Copiar la &amp;URL del receptor</translation>
    </message>
    <message>
        <source>Copy the URL to give the platform</source>
        <translation>Copiar la URL que hay que dar a la plataforma</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Copy call JSON</source>
        <translation>&amp;Copiar el JSON de la llamada</translation>
    </message>
    <message>
        <source>Copy the selected call&apos;s body, as received</source>
        <translation>Copiar el cuerpo de la llamada seleccionada, tal como se recibió</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Copy call &amp;id</source>
        <translation>Copiar el &amp;id de la llamada</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtro…</translation>
    </message>
    <message>
        <source>Edit the filter (also /)</source>
        <translation>Editar el filtro (también /)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>C&amp;lear filter</source>
        <translation>&amp;Borrar el filtro</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Follow newest call</source>
        <translation>&amp;Seguir la llamada más reciente</translation>
    </message>
    <message>
        <source>Select each new call as it arrives</source>
        <translation>Seleccionar cada llamada nueva en cuanto llega</translation>
    </message>
    <message>
        <source>Ctrl+End</source>
        <translation>Ctrl+End</translation>
    </message>
    <message>
        <source>Details &amp;below the table</source>
        <translation>Detalles &amp;debajo de la tabla</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>C&amp;olumnas…</translation>
    </message>
    <message>
        <source>Choose the table&apos;s columns, outcome keys included</source>
        <translation>Elegir las columnas de la tabla, incluidas las claves de resultados</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Outcome &amp;reference</source>
        <translation>&amp;Referencia de resultados</translation>
    </message>
    <message>
        <source>Every outcome the platform reports, with the spec&apos;s definition</source>
        <translation>Cada resultado que informa la plataforma, con la definición de la especificación</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Next call</source>
        <translation>Llamada &amp;siguiente</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>&amp;Previous call</source>
        <translation>Llamada &amp;anterior</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>F&amp;irst call</source>
        <translation>&amp;Primera llamada</translation>
    </message>
    <message>
        <source>Ctrl+Home</source>
        <translation>Ctrl+Home</translation>
    </message>
    <message>
        <source>&amp;Last call</source>
        <translation>Ú&amp;ltima llamada</translation>
    </message>
    <message>
        <source>Ctrl+Shift+End</source>
        <translation>Ctrl+Shift+End</translation>
    </message>
    <message>
        <source>Go to the &amp;table</source>
        <translation>Ir a la &amp;tabla</translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <source>Go to the &amp;details</source>
        <translation>Ir a los &amp;detalles</translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Confi&amp;guración…</translation>
    </message>
    <message>
        <source>Listener address and port, database, token, signing secret, HTTPS, limits and language</source>
        <translation>Dirección y puerto del receptor, base de datos, token, secreto de firma, HTTPS, límites e idioma</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Restart listener</source>
        <translation>&amp;Reiniciar el receptor</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Listen on another &amp;port…</source>
        <translation>Escuchar en otro &amp;puerto…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Filter &amp;language</source>
        <translation>&amp;Lenguaje de filtros</translation>
    </message>
    <message>
        <source>Shift+F1</source>
        <translation>Shift+F1</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel de cifras</translation>
    </message>
    <message>
        <source>Rates, charts and breakdowns over the filtered calls, live</source>
        <translation>Tasas, gráficos y desgloses de las llamadas filtradas, en vivo</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>&amp;Notify on stop-contact calls</source>
        <translation>&amp;Avisar de llamadas con cese de contacto</translation>
    </message>
    <message>
        <source>A desktop notification for each new call with a stop-contact outcome</source>
        <translation>Una notificación de escritorio por cada llamada nueva con un resultado de cese de contacto</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Presenter mode (mask personal data)</source>
        <translation>Modo &amp;presentador (enmascarar datos personales)</translation>
    </message>
    <message>
        <source>For client demos: phone and file numbers, attorneys, case numbers, recordings and numbers in summaries are masked everywhere, exports included</source>
        <translation>Para demostraciones a clientes: teléfonos y números de expediente, abogados, números de caso, grabaciones y cifras de los resúmenes se enmascaran en todas partes, también en las exportaciones</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed, next unreviewed</source>
        <translation>Marcar como &amp;revisada, siguiente sin revisar</translation>
    </message>
    <message>
        <source>Mark the call reviewed (with the note and dispositions as they are) and go to the next unreviewed call</source>
        <translation>Marcar la llamada como revisada (con la nota y las disposiciones tal como están) e ir a la siguiente llamada sin revisar</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Save the review</source>
        <translation>&amp;Guardar la revisión</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Needs &amp;follow-up</source>
        <translation>Requiere &amp;seguimiento</translation>
    </message>
    <message>
        <source>Mark the call as needing follow-up</source>
        <translation>Marcar la llamada como pendiente de seguimiento</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <source>Ne&amp;xt unreviewed call</source>
        <translation>Siguiente llamada sin re&amp;visar</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Reviewer &amp;name…</source>
        <translation>&amp;Nombre del revisor…</translation>
    </message>
    <message>
        <source>The name the audit trail records for your reviews</source>
        <translation>El nombre con el que el registro de auditoría anota sus revisiones</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Re&amp;play the selected calls…</source>
        <translation>Reen&amp;viar las llamadas seleccionadas…</translation>
    </message>
    <message>
        <source>POST the selected calls&apos; deliveries again to a URL</source>
        <translation>Volver a enviar por POST las entregas de las llamadas seleccionadas a una URL</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Replay &amp;with edits…</source>
        <translation>Reenviar &amp;con cambios…</translation>
    </message>
    <message>
        <source>Edit the current call&apos;s body and headers, then POST them</source>
        <translation>Editar el cuerpo y las cabeceras de la llamada actual y enviarlos por POST</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Replay &amp;log</source>
        <translation>&amp;Registro de reenvíos</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Play &amp;synthetic calls…</source>
        <translation>Reproducir llamadas &amp;sintéticas…</translation>
    </message>
    <message>
        <source>Send generated, realistic calls to this window&apos;s listener</source>
        <translation>Enviar llamadas generadas y realistas al receptor de esta ventana</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Play a session &amp;file…</source>
        <translation>Reproducir un &amp;archivo de sesión…</translation>
    </message>
    <message>
        <source>Send a recorded session (HAR, ndjson, json) to this window&apos;s listener</source>
        <translation>Enviar una sesión grabada (HAR, ndjson, json) al receptor de esta ventana</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>S&amp;top playing</source>
        <translation>&amp;Detener la reproducción</translation>
    </message>
    <message>
        <source>Stop the replay or demo in progress</source>
        <translation>Detener el reenvío o la demostración en curso</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>&amp;About CallScope</source>
        <translation>&amp;Acerca de CallScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Export &amp;audit trail…</source>
        <translation>Exportar el registro de &amp;auditoría…</translation>
    </message>
    <message>
        <source>Export who changed which review, when, from what to what and why, for the calls the filter shows (csv or json)</source>
        <translation>Exportar quién cambió qué revisión, cuándo, de qué a qué y por qué, para las llamadas que muestra el filtro (csv o json)</translation>
    </message>
    <message>
        <source>Needs &amp;attention queue</source>
        <translation>Cola de requiere &amp;atención</translation>
    </message>
    <message>
        <source>Unreviewed calls with a stop-contact outcome or a contact-pattern warning, oldest first</source>
        <translation>Llamadas sin revisar con un resultado de cese de contacto o un aviso de patrón de contacto, la más antigua primero</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>F&amp;ollow-up queue</source>
        <translation>C&amp;ola de seguimiento</translation>
    </message>
    <message>
        <source>Calls marked Needs follow-up, oldest first</source>
        <translation>Llamadas marcadas como Requiere seguimiento, la más antigua primero</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>Write the client report as PDF: headline figures, charts and the compliance calls of the dashboard&apos;s period and the filter (masked in presenter mode)</source>
        <translation>Escribe el informe para el cliente en PDF: cifras principales, gráficos y llamadas de cumplimiento del periodo del panel y del filtro (enmascarado en modo presentador)</translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation>Abrir el espacio de &amp;demostración</translation>
    </message>
    <message>
        <source>Open a separate store of 2,000 realistic calls of the last 30 days, in a window of its own; your store and its listener are not touched</source>
        <translation>Abre un almacén aparte con 2.000 llamadas realistas de los últimos 30 días, en una ventana propia; su almacén y su receptor no se tocan</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Refused to pay</source>
        <translation>Se negó a pagar</translation>
    </message>
    <message>
        <source>Refused to pay.</source>
        <translation>Se negó a pagar.</translation>
    </message>
    <message>
        <source>Disputed the debt</source>
        <translation>Disputó la deuda</translation>
    </message>
    <message>
        <source>Debt disputed on the call.</source>
        <translation>Deuda disputada durante la llamada.</translation>
    </message>
    <message>
        <source>Negotiated</source>
        <translation>Negoció</translation>
    </message>
    <message>
        <source>Consumer engaged in payment negotiation (e.g. adjusted amounts or explored options).</source>
        <translation>La persona negoció el pago (por ejemplo, ajustó importes o exploró opciones).</translation>
    </message>
    <message>
        <source>Acknowledged the debt</source>
        <translation>Reconoció la deuda</translation>
    </message>
    <message>
        <source>Consumer acknowledged the debt.</source>
        <translation>La persona reconoció la deuda.</translation>
    </message>
    <message>
        <source>Pay date discussed</source>
        <translation>Fecha de pago tratada</translation>
    </message>
    <message>
        <source>Pay frequency or pay date was discussed.</source>
        <translation>Se habló de la frecuencia o la fecha de pago.</translation>
    </message>
    <message>
        <source>SMS sent</source>
        <translation>SMS enviado</translation>
    </message>
    <message>
        <source>Follow-up SMS was sent.</source>
        <translation>Se envió un SMS de seguimiento.</translation>
    </message>
    <message>
        <source>Would use lender again</source>
        <translation>Volvería a usar al prestamista</translation>
    </message>
    <message>
        <source>Whether the consumer would use the lender again (true / false); omitted when not determined.</source>
        <translation>Si la persona volvería a usar al prestamista (true / false); se omite cuando no se determinó.</translation>
    </message>
    <message>
        <source>Spanish call</source>
        <translation>Llamada en español</translation>
    </message>
    <message>
        <source>Call handled in Spanish.</source>
        <translation>Llamada atendida en español.</translation>
    </message>
    <message>
        <source>Name confirmed</source>
        <translation>Nombre confirmado</translation>
    </message>
    <message>
        <source>Name was confirmed.</source>
        <translation>Se confirmó el nombre.</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <source>Subject indicated as deceased.</source>
        <translation>Se indicó que la persona ha fallecido.</translation>
    </message>
    <message>
        <source>Asked for a human</source>
        <translation>Pidió un humano</translation>
    </message>
    <message>
        <source>Asked for a human agent.</source>
        <translation>Pidió hablar con un agente humano.</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferida</translation>
    </message>
    <message>
        <source>Call transferred due to status (e.g. to another queue or agent).</source>
        <translation>Llamada transferida por su estado (por ejemplo, a otra cola o agente).</translation>
    </message>
    <message>
        <source>Right number</source>
        <translation>Número correcto</translation>
    </message>
    <message>
        <source>Reached the intended number.</source>
        <translation>Se llegó al número previsto.</translation>
    </message>
    <message>
        <source>Right party</source>
        <translation>Persona correcta</translation>
    </message>
    <message>
        <source>Reached the correct party or debtor.</source>
        <translation>Se habló con la persona o deudor correcto.</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número erróneo</translation>
    </message>
    <message>
        <source>Wrong number.</source>
        <translation>Número erróneo.</translation>
    </message>
    <message>
        <source>Wrong party</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>Wrong person.</source>
        <translation>Persona equivocada.</translation>
    </message>
    <message>
        <source>Cease and desist</source>
        <translation>Cese y desistimiento</translation>
    </message>
    <message>
        <source>Cease-communication request.</source>
        <translation>Solicitud de cese de las comunicaciones.</translation>
    </message>
    <message>
        <source>Complaint about collector</source>
        <translation>Queja sobre el cobrador</translation>
    </message>
    <message>
        <source>Complaint about the collector.</source>
        <translation>Queja sobre el cobrador.</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>No llamar</translation>
    </message>
    <message>
        <source>Do-not-call request.</source>
        <translation>Solicitud de no llamar.</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Fraude</translation>
    </message>
    <message>
        <source>Fraud indicated or suspected.</source>
        <translation>Fraude indicado o sospechado.</translation>
    </message>
    <message>
        <source>Lawsuit risk</source>
        <translation>Riesgo de demanda</translation>
    </message>
    <message>
        <source>Lawsuit or legal risk surfaced.</source>
        <translation>Surgió un riesgo de demanda o legal.</translation>
    </message>
    <message>
        <source>Legal action</source>
        <translation>Acción legal</translation>
    </message>
    <message>
        <source>Legal action mentioned or threatened.</source>
        <translation>Se mencionó o amenazó con una acción legal.</translation>
    </message>
    <message>
        <source>Consents to callbacks</source>
        <translation>Consiente nuevas llamadas</translation>
    </message>
    <message>
        <source>Explicit consent to future callbacks.</source>
        <translation>Consentimiento expreso para futuras llamadas.</translation>
    </message>
    <message>
        <source>E-mail only</source>
        <translation>Solo correo electrónico</translation>
    </message>
    <message>
        <source>Email-only contact preference.</source>
        <translation>Prefiere el contacto solo por correo electrónico.</translation>
    </message>
    <message>
        <source>Wants a callback</source>
        <translation>Quiere que le llamen</translation>
    </message>
    <message>
        <source>Wants a callback.</source>
        <translation>Quiere que le devuelvan la llamada.</translation>
    </message>
    <message>
        <source>Card details given</source>
        <translation>Dio datos de tarjeta</translation>
    </message>
    <message>
        <source>Card details were given on the call.</source>
        <translation>Se dieron datos de tarjeta durante la llamada.</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Pago fallido</translation>
    </message>
    <message>
        <source>Payment attempt failed.</source>
        <translation>El intento de pago falló.</translation>
    </message>
    <message>
        <source>Payment made</source>
        <translation>Pago realizado</translation>
    </message>
    <message>
        <source>Payment succeeded.</source>
        <translation>El pago se realizó con éxito.</translation>
    </message>
    <message>
        <source>Plan accepted</source>
        <translation>Plan aceptado</translation>
    </message>
    <message>
        <source>Payment plan accepted.</source>
        <translation>Se aceptó un plan de pagos.</translation>
    </message>
    <message>
        <source>Plan type</source>
        <translation>Tipo de plan</translation>
    </message>
    <message>
        <source>Plan kind: pay_in_full, settle_today, settlement_plan, regular_plan, tailored_plan.</source>
        <translation>Clase de plan: pay_in_full, settle_today, settlement_plan, regular_plan, tailored_plan.</translation>
    </message>
    <message>
        <source>Promise to pay (days)</source>
        <translation>Promesa de pago (días)</translation>
    </message>
    <message>
        <source>Days until promised payment.</source>
        <translation>Días hasta el pago prometido.</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Con empleo</translation>
    </message>
    <message>
        <source>Employed.</source>
        <translation>Tiene empleo.</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Sin empleo</translation>
    </message>
    <message>
        <source>Unemployed.</source>
        <translation>No tiene empleo.</translation>
    </message>
    <message>
        <source>Multiple jobs</source>
        <translation>Varios empleos</translation>
    </message>
    <message>
        <source>Multiple jobs indicated.</source>
        <translation>Indicó tener varios empleos.</translation>
    </message>
    <message>
        <source>Verification attempted</source>
        <translation>Verificación intentada</translation>
    </message>
    <message>
        <source>Identity verification was attempted.</source>
        <translation>Se intentó verificar la identidad.</translation>
    </message>
    <message>
        <source>Debt mentioned</source>
        <translation>Deuda mencionada</translation>
    </message>
    <message>
        <source>Debt was mentioned in the flow.</source>
        <translation>Se mencionó la deuda en el flujo.</translation>
    </message>
    <message>
        <source>Disclosure read</source>
        <translation>Aviso legal leído</translation>
    </message>
    <message>
        <source>Miranda (or equivalent) disclosure read.</source>
        <translation>Se leyó el aviso Miranda (o equivalente).</translation>
    </message>
    <message>
        <source>Payment options offered</source>
        <translation>Opciones de pago ofrecidas</translation>
    </message>
    <message>
        <source>Payment options were offered.</source>
        <translation>Se ofrecieron opciones de pago.</translation>
    </message>
    <message>
        <source>Bankruptcy</source>
        <translation>Quiebra</translation>
    </message>
    <message>
        <source>Bankruptcy mentioned or claimed.</source>
        <translation>Se mencionó o alegó una quiebra.</translation>
    </message>
    <message>
        <source>Attorney name</source>
        <translation>Nombre del abogado</translation>
    </message>
    <message>
        <source>Bankruptcy attorney name, if provided.</source>
        <translation>Nombre del abogado de la quiebra, si se dio.</translation>
    </message>
    <message>
        <source>Attorney phone</source>
        <translation>Teléfono del abogado</translation>
    </message>
    <message>
        <source>Bankruptcy attorney phone, if provided.</source>
        <translation>Teléfono del abogado de la quiebra, si se dio.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Bankruptcy case number, if provided.</source>
        <translation>Número de caso de la quiebra, si se dio.</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Capítulo</translation>
    </message>
    <message>
        <source>Bankruptcy chapter, if provided.</source>
        <translation>Capítulo de la quiebra, si se dio.</translation>
    </message>
    <message>
        <source>Filing date</source>
        <translation>Fecha de presentación</translation>
    </message>
    <message>
        <source>Bankruptcy filing date, if provided.</source>
        <translation>Fecha de presentación de la quiebra, si se dio.</translation>
    </message>
    <message>
        <source>Claims paid direct</source>
        <translation>Reclamaciones pagadas directamente</translation>
    </message>
    <message>
        <source>Claims payment was made directly to the creditor.</source>
        <translation>El pago de las reclamaciones se hizo directamente al acreedor.</translation>
    </message>
    <message>
        <source>Co-debtor refused</source>
        <translation>El codeudor se negó</translation>
    </message>
    <message>
        <source>Co-debtor refused to pay or engage.</source>
        <translation>El codeudor se negó a pagar o a colaborar.</translation>
    </message>
    <message>
        <source>Debt consolidation</source>
        <translation>Consolidación de deudas</translation>
    </message>
    <message>
        <source>Debt consolidation in play or discussed.</source>
        <translation>Consolidación de deudas en curso o tratada.</translation>
    </message>
    <message>
        <source>Consolidation company</source>
        <translation>Empresa de consolidación</translation>
    </message>
    <message>
        <source>Named debt consolidation company.</source>
        <translation>Empresa de consolidación de deudas mencionada.</translation>
    </message>
    <message>
        <source>Military deployment</source>
        <translation>Despliegue militar</translation>
    </message>
    <message>
        <source>Military deployment indicated.</source>
        <translation>Se indicó un despliegue militar.</translation>
    </message>
    <message>
        <source>Hospitalized</source>
        <translation>Hospitalizado</translation>
    </message>
    <message>
        <source>Hospitalization indicated.</source>
        <translation>Se indicó una hospitalización.</translation>
    </message>
    <message>
        <source>Incarcerated</source>
        <translation>En prisión</translation>
    </message>
    <message>
        <source>Incarceration indicated.</source>
        <translation>Se indicó un encarcelamiento.</translation>
    </message>
</context>
<context>
    <name>OutcomeGroup</name>
    <message>
        <source>Collection</source>
        <translation>Cobranza</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Payments &amp; Plans</source>
        <translation>Pagos y planes</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <source>Call progress</source>
        <translation>Progreso de la llamada</translation>
    </message>
    <message>
        <source>Bankruptcy &amp; hardship</source>
        <translation>Quiebra y dificultades</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>ReplayDialog</name>
    <message>
        <source>Replay</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>&amp;Target URL:</source>
        <translation>URL de &amp;destino:</translation>
    </message>
    <message>
        <source>Re-&amp;sign for Standard Webhooks with the secret</source>
        <translation>Volver a &amp;firmar para Standard Webhooks con el secreto</translation>
    </message>
    <message>
        <source>whsec_…</source>
        <translation>whsec_…</translation>
    </message>
    <message>
        <source>Content &amp;headers (one &quot;Name: value&quot; a line):</source>
        <translation>Cabeceras de &amp;contenido (una «Nombre: valor» por línea):</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>C&amp;uerpo:</translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <source>No replay yet.</source>
        <translation>Aún no hay reenvíos.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>C&amp;lear log</source>
        <translation>&amp;Vaciar el registro</translation>
    </message>
    <message>
        <source>Replay log</source>
        <translation>Registro de reenvíos</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Reviewed, &amp;next</source>
        <translation>Revisada, &amp;siguiente</translation>
    </message>
    <message>
        <source>Mark this call reviewed and go to the next unreviewed one (Ctrl+Return)</source>
        <translation>Marcar esta llamada como revisada e ir a la siguiente sin revisar (Ctrl+Return)</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Compliance flags raised on this call: confirm or overturn each</source>
        <translation>Indicadores de cumplimiento activos en esta llamada: confirme o anule cada uno</translation>
    </message>
    <message>
        <source>Audit trail (appended, never rewritten):</source>
        <translation>Registro de auditoría (solo se añade, nunca se reescribe):</translation>
    </message>
    <message>
        <source>&amp;Undo last save</source>
        <translation>&amp;Deshacer el último guardado</translation>
    </message>
    <message>
        <source>Put back what the last save replaced (Ctrl+Z)</source>
        <translation>Restaura lo que reemplazó el último guardado (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Sa&amp;ve now</source>
        <translation>&amp;Guardar ahora</translation>
    </message>
    <message>
        <source>Edits are saved after a short pause and when you leave the call; this saves them at once (Ctrl+S)</source>
        <translation>Los cambios se guardan tras una breve pausa y al salir de la llamada; esto los guarda de inmediato (Ctrl+S)</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Estado de revisión</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Nota de revisión</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts calls from this computer only; 0.0.0.0 from every network. The platform must be able to reach the address: see Troubleshooting in the README.</source>
        <translation>127.0.0.1 acepta llamadas solo de este equipo; 0.0.0.0, de cualquier red. La plataforma debe poder llegar a la dirección: vea Solución de problemas en el README.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>&amp;Strict: answer 422 to schema violations instead of 200 with warnings</source>
        <translation>E&amp;stricto: responder 422 a las infracciones del esquema en lugar de 200 con advertencias</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Bearer &amp;token:</source>
        <translation>&amp;Token Bearer:</translation>
    </message>
    <message>
        <source>none: no token required</source>
        <translation>ninguno: no se exige token</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Signing &amp;secret:</source>
        <translation>&amp;Secreto de firma:</translation>
    </message>
    <message>
        <source>none: signatures not checked</source>
        <translation>ninguno: no se comprueban las firmas</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>With a secret (whsec_ followed by base64), every POST must carry a valid Standard Webhooks signature (webhook-id, webhook-timestamp, webhook-signature). Give the platform the same secret.</source>
        <translation>Con un secreto (whsec_ seguido de base64), cada POST debe llevar una firma válida de Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature). Dé a la plataforma el mismo secreto.</translation>
    </message>
    <message>
        <source>TLS &amp;certificate:</source>
        <translation>&amp;Certificado TLS:</translation>
    </message>
    <message>
        <source>none: plain HTTP</source>
        <translation>ninguno: HTTP sin cifrar</translation>
    </message>
    <message>
        <source>TLS &amp;key:</source>
        <translation>C&amp;lave TLS:</translation>
    </message>
    <message>
        <source>PEM files. With both, the listener speaks HTTPS only.</source>
        <translation>Archivos PEM. Con ambos, el receptor solo habla HTTPS.</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Largest &amp;body:</source>
        <translation>Cuerpo &amp;máximo:</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>&amp;Connections at once:</source>
        <translation>&amp;Conexiones simultáneas:</translation>
    </message>
    <message>
        <source>&amp;Header deadline:</source>
        <translation>Plazo de las &amp;cabeceras:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>B&amp;ody timeout:</source>
        <translation>Espera del c&amp;uerpo:</translation>
    </message>
    <message>
        <source>&amp;Idle keep-alive timeout:</source>
        <translation>Espera en &amp;inactividad (keep-alive):</translation>
    </message>
    <message>
        <source>A larger body is refused with 413; a request whose head takes longer than the deadline, or whose body stalls, gets 408; connections over the limit wait in the backlog.</source>
        <translation>Un cuerpo mayor se rechaza con 413; una solicitud cuyas cabeceras tardan más que el plazo, o cuyo cuerpo se detiene, recibe 408; las conexiones por encima del límite esperan en la cola.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>El idioma cambia en el próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>Nombre del &amp;revisor:</translation>
    </message>
    <message>
        <source>The audit trail records your reviews under this name. Empty: your user name on this computer.</source>
        <translation>El registro de auditoría anota sus revisiones con este nombre. Vacío: su nombre de usuario en este equipo.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to CallScope</source>
        <translation>Bienvenido a CallScope</translation>
    </message>
    <message>
        <source>No calls yet. Point the platform&apos;s call.completed webhook at this address; every call it sends appears here as it arrives.</source>
        <translation>Aún no hay llamadas. Dirija el webhook call.completed de la plataforma a esta dirección; cada llamada que envíe aparecerá aquí en cuanto llegue.</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copiar la &amp;URL</translation>
    </message>
    <message>
        <source>Or try it from a terminal:</source>
        <translation>O pruébelo desde una terminal:</translation>
    </message>
    <message>
        <source>Copy c&amp;url line</source>
        <translation>Copiar la línea de c&amp;url</translation>
    </message>
    <message>
        <source>&amp;Send sample calls</source>
        <translation>&amp;Enviar llamadas de ejemplo</translation>
    </message>
    <message>
        <source>Sends the seven sample calls of the webhook&apos;s documentation to this window&apos;s listener</source>
        <translation>Envía al receptor de esta ventana las siete llamadas de ejemplo de la documentación del webhook</translation>
    </message>
    <message>
        <source>Play &amp;100 generated calls</source>
        <translation>Reproducir &amp;100 llamadas generadas</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Confi&amp;guración…</translation>
    </message>
    <message>
        <source>Listener URL</source>
        <translation>URL del receptor</translation>
    </message>
    <message>
        <source>Example request</source>
        <translation>Petición de ejemplo</translation>
    </message>
</context>
</TS>
