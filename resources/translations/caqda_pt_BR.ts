<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AgreementModels</name>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="33"/>
        <source>poor</source>
        <translation>pobre</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="34"/>
        <source>slight</source>
        <translation>leve</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="35"/>
        <source>fair</source>
        <translation>razoável</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="36"/>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="37"/>
        <source>substantial</source>
        <translation>substancial</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="38"/>
        <source>almost perfect</source>
        <translation>quase perfeita</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="39"/>
        <source>reliable</source>
        <translation>confiável</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="40"/>
        <source>tentative</source>
        <translation>provisório</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="41"/>
        <source>unreliable</source>
        <translation>não confiável</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="42"/>
        <source>boundary</source>
        <translation>limites</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="43"/>
        <source>different code</source>
        <translation>código diferente</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="44"/>
        <source>only one coder</source>
        <translation>só um codificador</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="75"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="77"/>
        <source>How many units the figures rest on (characters, segments, documents…)</source>
        <translation>Em quantas unidades os números se baseiam (caracteres, segmentos, documentos…)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="82"/>
        <source>Agreement</source>
        <translation>Concordância</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="84"/>
        <source>Percent agreement</source>
        <translation>Concordância percentual</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="87"/>
        <source>On coded text</source>
        <translation>No texto codificado</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="89"/>
        <source>Agreement over text anyone coded</source>
        <translation>Concordância no texto que algum codificador codificou</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="92"/>
        <source>κ</source>
        <translation>κ</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="94"/>
        <source>Cohen&apos;s κ (two coders), Fleiss&apos; κ (more), κn for segments</source>
        <translation>κ de Cohen (dois codificadores), κ de Fleiss (mais), κn para segmentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="97"/>
        <source>κ means</source>
        <translation>Leitura do κ</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="99"/>
        <source>Landis &amp; Koch (1977)</source>
        <translation>Landis &amp; Koch (1977)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="102"/>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="104"/>
        <source>Krippendorff&apos;s α</source>
        <translation>α de Krippendorff</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="107"/>
        <source>α 95% CI</source>
        <translation>IC 95% do α</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="109"/>
        <source>Bootstrap confidence interval of α</source>
        <translation>Intervalo de confiança (bootstrap) do α</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="112"/>
        <source>α means</source>
        <translation>Leitura do α</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="114"/>
        <source>Krippendorff: ≥ .800 reliable, ≥ .667 tentative</source>
        <translation>Krippendorff: ≥ .800 confiável, ≥ .667 provisório</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="117"/>
        <source>PABAK</source>
        <translation>PABAK</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="119"/>
        <source>Prevalence- and bias-adjusted κ</source>
        <translation>κ ajustado por prevalência e viés</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="122"/>
        <source>AC1</source>
        <translation>AC1</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="124"/>
        <source>Gwet&apos;s AC1</source>
        <translation>AC1 de Gwet</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="148"/>
        <source> (with subcodes)</source>
        <translation> (com subcódigos)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="156"/>
        <source>Pooled (all documents and codes)</source>
        <translation>Agregado (todos os documentos e códigos)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="200"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="250"/>
        <source>κ {kappa}, α {alpha}, agreement {agreement}</source>
        <translation>κ {kappa}, α {alpha}, concordância {agreement}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="280"/>
        <source>other code ({codes})</source>
        <translation>outro código ({codes})</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="285"/>
        <source>not coded</source>
        <translation>não codificado</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="290"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="291"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="292"/>
        <source>Where</source>
        <translation>Posição</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="293"/>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="52"/>
        <source>Character (NVivo-compatible)</source>
        <translation>Caractere (compatível com o NVivo)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="53"/>
        <source>Segment with overlap tolerance (MAXQDA-compatible)</source>
        <translation>Segmento com tolerância de sobreposição (compatível com o MAXQDA)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="54"/>
        <source>Code presence per document</source>
        <translation>Presença do código por documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="55"/>
        <source>Code frequency per document</source>
        <translation>Frequência do código por documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="56"/>
        <source>Sentence</source>
        <translation>Frase</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="57"/>
        <source>Paragraph</source>
        <translation>Parágrafo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="58"/>
        <source>Speaker turn</source>
        <translation>Turno de fala</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="59"/>
        <source>Continuum: unitized α (ATLAS.ti-compatible)</source>
        <translation>Contínuo: α unitizado (compatível com o ATLAS.ti)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="89"/>
        <source>Inter-coder agreement — caqda</source>
        <translation>Concordância entre codificadores — caqda</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="101"/>
        <source>Compute</source>
        <translation>Calcular</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="104"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="109"/>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="110"/>
        <source>Overlap tolerance</source>
        <translation>Tolerância de sobreposição</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="111"/>
        <source>Bootstrap samples for α</source>
        <translation>Amostras bootstrap para o α</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="116"/>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="117"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="118"/>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="130"/>
        <source>Choose the coders and the unit, then Compute.</source>
        <translation>Escolha os codificadores e a unidade e clique em Calcular.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="151"/>
        <source>&lt;b&gt;Coder pairs&lt;/b&gt; (κ; α and agreement in the tooltip)</source>
        <translation>&lt;b&gt;Pares de codificadores&lt;/b&gt; (κ; α e concordância ao passar o mouse)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="156"/>
        <source>&lt;b&gt;Disagreements&lt;/b&gt;: click a code above</source>
        <translation>&lt;b&gt;Discordâncias&lt;/b&gt;: clique em um código acima</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="217"/>
        <source>Computing agreement…</source>
        <translation>Calculando a concordância…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="217"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="266"/>
        <source>&lt;b&gt;Disagreements on {code}&lt;/b&gt;: {count}</source>
        <translation>&lt;b&gt;Discordâncias em {code}&lt;/b&gt;: {count}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="279"/>
        <source>({n} of {total})</source>
        <translation>({n} de {total})</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="290"/>
        <source>Export agreement</source>
        <translation>Exportar concordância</translation>
    </message>
</context>
<context>
    <name>AttributesModel</name>
    <message>
        <location filename="../../caqda/gui/models/table_models.py" line="73"/>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/table_models.py" line="74"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="25"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="26"/>
        <source>Coder</source>
        <translation>Codificador(a)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="27"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="28"/>
        <source>What changed</source>
        <translation>O que mudou</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="36"/>
        <source>Audit trail</source>
        <translation>Trilha de auditoria</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="40"/>
        <source>Every coder</source>
        <translation>Todos os codificadores</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="55"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="68"/>
        <source>{count} changes, newest first</source>
        <translation>{count} alterações, as mais recentes primeiro</translation>
    </message>
</context>
<context>
    <name>CellPassagesModel</name>
    <message>
        <location filename="../../caqda/gui/analysis/models.py" line="120"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/models.py" line="120"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/models.py" line="120"/>
        <source>Coder</source>
        <translation>Codificador(a)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/models.py" line="120"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>CodeEditorDialog</name>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="56"/>
        <source>Edit code</source>
        <translation>Editar código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="56"/>
        <source>New code</source>
        <translation>Novo código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="61"/>
        <source>Name of the code</source>
        <translation>Nome do código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="67"/>
        <source>Choose the colour of this code&apos;s highlights</source>
        <translation>Escolha a cor dos destaques deste código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="68"/>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="73"/>
        <source>&amp;Definition</source>
        <translation>&amp;Definição</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="74"/>
        <source>When to &amp;use</source>
        <translation>&amp;Quando usar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="75"/>
        <source>When &amp;not to use</source>
        <translation>Quando &amp;não usar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="76"/>
        <source>E&amp;xample</source>
        <translation>E&amp;xemplo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="79"/>
        <source>What this code means</source>
        <translation>O que este código significa</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="80"/>
        <source>Which passages it applies to</source>
        <translation>A quais trechos ele se aplica</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="81"/>
        <source>Near misses, and which code to use instead</source>
        <translation>Casos parecidos que não entram, e qual código usar neles</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="82"/>
        <source>A typical quotation</source>
        <translation>Uma citação típica</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="89"/>
        <source>&amp;Name</source>
        <translation>N&amp;ome</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="91"/>
        <source>&amp;Colour</source>
        <translation>&amp;Cor</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="144"/>
        <source>Colour of the code</source>
        <translation>Cor do código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="153"/>
        <source>A code needs a name.</source>
        <translation>Um código precisa de um nome.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="155"/>
        <source>A name cannot contain “/”: it separates codes in a path.</source>
        <translation>Um nome não pode conter “/”: ele separa os códigos em um caminho.</translation>
    </message>
</context>
<context>
    <name>CodePickerDialog</name>
    <message>
        <location filename="../../caqda/gui/dialogs/code_picker.py" line="214"/>
        <source>Choose a code</source>
        <translation>Escolha um código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_picker.py" line="224"/>
        <source>Type to find a code…</source>
        <translation>Digite para encontrar um código…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_picker.py" line="226"/>
        <source>Find a code</source>
        <translation>Encontrar um código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_picker.py" line="242"/>
        <source>↑ ↓ to move · Enter to choose · Esc to cancel</source>
        <translation>↑ ↓ para mover · Enter para escolher · Esc para cancelar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_picker.py" line="316"/>
        <source>Recent</source>
        <translation>Recentes</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_picker.py" line="321"/>
        <source>All codes</source>
        <translation>Todos os códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_picker.py" line="359"/>
        <source>No code matches “{query}”.</source>
        <translation>Nenhum código corresponde a “{query}”.</translation>
    </message>
</context>
<context>
    <name>CodebookActions</name>
    <message>
        <location filename="../../caqda/gui/codebook_actions.py" line="28"/>
        <source>Select a code in the codebook first.</source>
        <translation>Primeiro selecione um código no livro de códigos.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/codebook_actions.py" line="37"/>
        <source>Select the code that gets the new subcode.</source>
        <translation>Selecione o código que vai receber o novo subcódigo.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/codebook_actions.py" line="88"/>
        <source>Merge “{source}” into “{target}”? Its {count} codings and its subcodes move to “{target}”.</source>
        <translation>Mesclar “{source}” em “{target}”? Suas {count} codificações e seus subcódigos passam para “{target}”.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/codebook_actions.py" line="100"/>
        <source>Delete “{name}”? {count} codings will be removed</source>
        <translation>Excluir “{name}”? {count} codificações serão removidas</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/codebook_actions.py" line="104"/>
        <source>, with its {n} subcodes</source>
        <translation>, junto com seus {n} subcódigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/codebook_actions.py" line="105"/>
        <source>. You can undo this.</source>
        <translation>. É possível desfazer esta ação.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/codebook_actions.py" line="125"/>
        <source>Key {key} now codes as “{name}”.</source>
        <translation>A tecla {key} agora codifica como “{name}”.</translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <location filename="../../caqda/gui/models/codebook_model.py" line="42"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/codebook_model.py" line="42"/>
        <source>Codings</source>
        <translation>Codif.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/codebook_model.py" line="42"/>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/codebook_model.py" line="45"/>
        <source>How many codings the visible coders made with this code</source>
        <translation>Quantas codificações os codificadores visíveis fizeram com este código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/codebook_model.py" line="46"/>
        <source>The digit key that codes the selected text with this code</source>
        <translation>A tecla numérica que codifica o texto selecionado com este código</translation>
    </message>
</context>
<context>
    <name>CodebookPage</name>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="210"/>
        <source>Codebook</source>
        <translation>Livro de códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="211"/>
        <source>Start from a ready codebook, an empty one, or a codebook file.</source>
        <translation>Comece com um livro de códigos pronto, um vazio ou um arquivo de livro de códigos.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="217"/>
        <source>Empty codebook</source>
        <translation>Livro de códigos vazio</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="218"/>
        <source>Codebook file (.qdc, .json)…</source>
        <translation>Arquivo de livro de códigos (.qdc, .json)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="221"/>
        <source>Path of a .qdc or .json codebook</source>
        <translation>Caminho de um livro de códigos .qdc ou .json</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="222"/>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="286"/>
        <source>Codebook file</source>
        <translation>Arquivo do livro de códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="223"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="256"/>
        <source>Choose a codebook file.</source>
        <translation>Escolha um arquivo de livro de códigos.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="258"/>
        <source>There is no file “{path}”.</source>
        <translation>O arquivo “{path}” não existe.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="260"/>
        <source>A codebook file ends in .qdc or .json.</source>
        <translation>Um arquivo de livro de códigos termina em .qdc ou .json.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="288"/>
        <source>Codebooks (*.qdc *.json);;All files (*)</source>
        <translation>Livros de códigos (*.qdc *.json);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <location filename="../../caqda/gui/views/codebook_panel.py" line="36"/>
        <source>Filter codes…</source>
        <translation>Filtrar códigos…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/codebook_panel.py" line="61"/>
        <source>Select a code to see its definition.</source>
        <translation>Selecione um código para ver a definição.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/codebook_panel.py" line="134"/>
        <source>Definition</source>
        <translation>Definição</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/codebook_panel.py" line="135"/>
        <source>When to use</source>
        <translation>Quando usar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/codebook_panel.py" line="136"/>
        <source>When not to use</source>
        <translation>Quando não usar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/codebook_panel.py" line="137"/>
        <location filename="../../caqda/gui/views/codebook_panel.py" line="143"/>
        <source>Example</source>
        <translation>Exemplo</translation>
    </message>
</context>
<context>
    <name>CoderChooserDialog</name>
    <message>
        <location filename="../../caqda/gui/dialogs/coder_chooser.py" line="34"/>
        <location filename="../../caqda/gui/dialogs/coder_chooser.py" line="37"/>
        <source>Who are you?</source>
        <translation>Quem é você?</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/coder_chooser.py" line="45"/>
        <source>Each coding records who made it, and other coders&apos; work can be hidden while you code (blind coding).</source>
        <translation>Cada codificação registra quem a fez, e o trabalho dos outros codificadores pode ficar oculto enquanto você codifica (codificação cega).</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/coder_chooser.py" line="55"/>
        <source>Coders in this project</source>
        <translation>Codificadores deste projeto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/coder_chooser.py" line="65"/>
        <source>Or type a new name</source>
        <translation>Ou digite um novo nome</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/coder_chooser.py" line="65"/>
        <location filename="../../caqda/gui/dialogs/coder_chooser.py" line="67"/>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/coder_chooser.py" line="84"/>
        <source>Coders in this project:</source>
        <translation>Codificadores deste projeto:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/coder_chooser.py" line="87"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/coder_chooser.py" line="139"/>
        <source>“{name}” will be added as a new coder.</source>
        <translation>“{name}” entrará na lista de codificadores.</translation>
    </message>
</context>
<context>
    <name>CoderPage</name>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="173"/>
        <source>Who are you?</source>
        <translation>Quem é você?</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="174"/>
        <source>Your name as a coder in this project.</source>
        <translation>Seu nome como codificador(a) neste projeto.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="176"/>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="177"/>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="183"/>
        <source>Each coding records who made it, and other coders&apos; work can be hidden while you code (blind coding).</source>
        <translation>Cada codificação registra quem a fez, e o trabalho dos outros codificadores pode ficar oculto enquanto você codifica (codificação cega).</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="53"/>
        <location filename="../../caqda/gui/coding_actions.py" line="79"/>
        <source>Select some text first, then choose a code.</source>
        <translation>Primeiro selecione um trecho do texto e depois escolha um código.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="59"/>
        <source>Coded as “{code}”.</source>
        <translation>Codificado como “{code}”.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="68"/>
        <source>No code is assigned to key {key}.</source>
        <translation>Nenhum código está atribuído à tecla {key}.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="90"/>
        <source>Select the words that should become a code.</source>
        <translation>Selecione as palavras que devem virar um código.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="96"/>
        <source>In-vivo code “{name}”</source>
        <translation>Código in vivo “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="117"/>
        <source>The cursor is not inside a speaker turn.</source>
        <translation>O cursor não está dentro de um turno de fala.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="141"/>
        <location filename="../../caqda/gui/coding_actions.py" line="156"/>
        <source>Click a coding (in the text or its stripe) to select it first.</source>
        <translation>Primeiro clique em uma codificação (no texto ou na faixa dela) para selecioná-la.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="184"/>
        <source>Coding “{code}” in {document}</source>
        <translation>Codificação “{code}” em {document}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="187"/>
        <source>Coding memo</source>
        <translation>Memorando da codificação</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="206"/>
        <source>Code as “{name}”</source>
        <translation>Codificar como “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="231"/>
        <source>Select</source>
        <translation>Selecionar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="232"/>
        <source>Edit memo…</source>
        <translation>Editar memorando…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="241"/>
        <source>Change code…</source>
        <translation>Trocar código…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="242"/>
        <source>Resize…</source>
        <translation>Ajustar trecho…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="243"/>
        <source>Remove coding</source>
        <translation>Remover codificação</translation>
    </message>
</context>
<context>
    <name>CodingRangeDialog</name>
    <message>
        <location filename="../../caqda/gui/dialogs/coding_range.py" line="58"/>
        <source>Coded text range</source>
        <translation>Trecho codificado</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/coding_range.py" line="72"/>
        <source>Start (characters)</source>
        <translation>Início (caracteres)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/coding_range.py" line="73"/>
        <source>End (characters)</source>
        <translation>Fim (caracteres)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/coding_range.py" line="82"/>
        <source>Preview of the coded text</source>
        <translation>Prévia do texto codificado</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/coding_range.py" line="85"/>
        <source>&amp;Start:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/coding_range.py" line="85"/>
        <source>&amp;End:</source>
        <translation>&amp;Fim:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/coding_range.py" line="103"/>
        <source>Positions count characters from the start of the document; the end is not included.</source>
        <translation>As posições contam caracteres a partir do início do documento; o fim não entra no trecho.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/coding_range.py" line="112"/>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/coding_range.py" line="137"/>
        <source>Length: {count}</source>
        <translation>Tamanho: {count}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../caqda/gui/commands.py" line="69"/>
        <source>Code as “{name}”</source>
        <translation>Codificar como “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/commands.py" line="93"/>
        <source>Remove coding</source>
        <translation>Remover codificação</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/commands.py" line="109"/>
        <source>Resize coding</source>
        <translation>Ajustar trecho da codificação</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/commands.py" line="111"/>
        <source>Change coding code</source>
        <translation>Trocar o código da codificação</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/commands.py" line="113"/>
        <source>Edit coding memo</source>
        <translation>Editar memorando da codificação</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/commands.py" line="149"/>
        <source>Code {count} hits as “{name}”</source>
        <translation>Codificar {count} ocorrências como “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/commands.py" line="170"/>
        <source>New code “{name}”</source>
        <translation>Novo código “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/commands.py" line="192"/>
        <source>Edit code “{name}”</source>
        <translation>Editar código “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/commands.py" line="247"/>
        <source>Delete code “{name}”</source>
        <translation>Excluir código “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/commands.py" line="261"/>
        <source>Merge “{source}” into “{target}”</source>
        <translation>Mesclar “{source}” em “{target}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/commands.py" line="277"/>
        <source>Move code “{name}”</source>
        <translation>Mover código “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/commands.py" line="20"/>
        <source>Code {count} passages as “{name}”</source>
        <translation>Codificar {count} trechos como “{name}”</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../caqda/gui/agreement/compare_view.py" line="23"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/compare_view.py" line="26"/>
        <source>Next ▶</source>
        <translation>Próxima ▶</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/compare_view.py" line="46"/>
        <source>&lt;b&gt;{code}&lt;/b&gt; in {document}: {kind} {position}</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; em {document}: {kind} {position}</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../caqda/gui/models/documents_model.py" line="22"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/documents_model.py" line="23"/>
        <source>Social media</source>
        <translation>Redes sociais</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/documents_model.py" line="24"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/documents_model.py" line="68"/>
        <source>{name}
imported from {source}</source>
        <translation>{name}
importado de {source}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/documents_model.py" line="84"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/documents_model.py" line="84"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/documents_model.py" line="84"/>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/documents_model.py" line="87"/>
        <source>Share of the document {coder} has coded</source>
        <translation>Parcela do documento que {coder} codificou</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../caqda/gui/export_actions.py" line="47"/>
        <source>Exporting to {name}…</source>
        <translation>Exportando para {name}…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/export_actions.py" line="74"/>
        <source>Exported {path}.</source>
        <translation>Exportado: {path}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="27"/>
        <source>Coded segments (Word)</source>
        <translation>Segmentos codificados (Word)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="28"/>
        <source>Codebook (Word)</source>
        <translation>Livro de códigos (Word)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="29"/>
        <source>Agreement report (Word)</source>
        <translation>Relatório de concordância (Word)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="30"/>
        <source>Commented transcript (Word)</source>
        <translation>Transcrição comentada (Word)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="32"/>
        <source>Findings report with tables and charts (Word)</source>
        <translation>Relatório de resultados com tabelas e gráficos (Word)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="38"/>
        <source>Coded segments table (Excel or CSV)</source>
        <translation>Tabela de segmentos codificados (Excel ou CSV)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="44"/>
        <source>Code × document matrix (Excel or CSV)</source>
        <translation>Matriz código × documento (Excel ou CSV)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="50"/>
        <source>Whole project for other tools (REFI-QDA .qdpx)</source>
        <translation>Projeto completo para outros programas (REFI-QDA .qdpx)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="56"/>
        <source>Analysis database for Datasette, R or pandas (SQLite)</source>
        <translation>Banco de dados de análise para Datasette, R ou pandas (SQLite)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="62"/>
        <source>Codebook for other tools (REFI-QDA .qdc)</source>
        <translation>Livro de códigos para outros programas (REFI-QDA .qdc)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="69"/>
        <source>Sphere › code</source>
        <translation>Esfera › código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="70"/>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="128"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="71"/>
        <source>Coder</source>
        <translation>Codificador(a)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="72"/>
        <source>Speaker</source>
        <translation>Falante</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="100"/>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="126"/>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="145"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="110"/>
        <source>Attribute: {name}</source>
        <translation>Atributo: {name}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="119"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="127"/>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="129"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="134"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="135"/>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="136"/>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="181"/>
        <source>Export to</source>
        <translation>Exportar para</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="299"/>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="303"/>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="359"/>
        <source>Files to import</source>
        <translation>Arquivos a importar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="300"/>
        <source>Transcripts to import now. You can import more at any time.</source>
        <translation>Transcrições a importar agora. Você pode importar outras a qualquer momento.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="304"/>
        <source>Add files…</source>
        <translation>Adicionar arquivos…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="305"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="353"/>
        <source>Files to import: {count}</source>
        <translation>Arquivos a importar: {count}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="353"/>
        <source>No files yet.</source>
        <translation>Nenhum arquivo ainda.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="361"/>
        <source>Transcripts ({patterns});;All files (*)</source>
        <translation>Transcrições ({patterns});;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <location filename="../../caqda/gui/import_runner.py" line="50"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/import_runner.py" line="50"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/import_runner.py" line="51"/>
        <source>Import documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/import_runner.py" line="69"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/import_runner.py" line="96"/>
        <source>Import cancelled; the files imported so far are kept.</source>
        <translation>Importação cancelada; os arquivos já importados foram mantidos.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/import_runner.py" line="97"/>
        <source>Imported {count} of {total} files.</source>
        <translation>{count} de {total} arquivos importados.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../caqda/gui/menus.py" line="36"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="38"/>
        <source>&amp;New project…</source>
        <translation>&amp;Novo projeto…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="41"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="43"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="47"/>
        <source>&amp;Import documents…</source>
        <translation>&amp;Importar documentos…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="49"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="51"/>
        <source>Coded &amp;segments (Word)…</source>
        <translation>&amp;Segmentos codificados (Word)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="52"/>
        <source>&amp;Codebook (Word)…</source>
        <translation>&amp;Livro de códigos (Word)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="53"/>
        <source>&amp;Agreement report (Word)…</source>
        <translation>Relatório de &amp;concordância (Word)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="54"/>
        <source>Commented &amp;transcript (Word)…</source>
        <translation>&amp;Transcrição comentada (Word)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="55"/>
        <source>&amp;Findings report (Word)…</source>
        <translation>Relatório de res&amp;ultados (Word)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="56"/>
        <source>Segments &amp;table (Excel, CSV)…</source>
        <translation>Ta&amp;bela de segmentos (Excel, CSV)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="57"/>
        <source>Code × document &amp;matrix (Excel, CSV)…</source>
        <translation>&amp;Matriz código × documento (Excel, CSV)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="58"/>
        <source>&amp;REFI-QDA project (.qdpx)…</source>
        <translation>Projeto &amp;REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="59"/>
        <source>REFI-QDA code&amp;book (.qdc)…</source>
        <translation>Livro de códigos REFI-QDA (.q&amp;dc)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="60"/>
        <source>Analysis &amp;database (SQLite)…</source>
        <translation>Banco de dados de &amp;análise (SQLite)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="64"/>
        <source>Open a REFI-QDA project (.&amp;qdpx)…</source>
        <translation>Abrir projeto REFI-QDA (.&amp;qdpx)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="66"/>
        <source>&amp;Merge a coder&apos;s copy…</source>
        <translation>&amp;Mesclar a cópia de um(a) codificador(a)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="69"/>
        <source>&amp;Close project</source>
        <translation>&amp;Fechar projeto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="71"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="74"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="75"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="76"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="80"/>
        <source>Code selection &amp;with…</source>
        <translation>&amp;Codificar seleção com…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="81"/>
        <source>&amp;In-vivo code</source>
        <translation>Código &amp;in vivo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="84"/>
        <source>Code whole speaker &amp;turn…</source>
        <translation>Codificar &amp;turno de fala inteiro…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="90"/>
        <source>Code whole &amp;paragraph…</source>
        <translation>Codificar &amp;parágrafo inteiro…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="96"/>
        <source>&amp;Change code of coding…</source>
        <translation>Tr&amp;ocar código da codificação…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="97"/>
        <source>Re&amp;size coding…</source>
        <translation>&amp;Ajustar trecho da codificação…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="101"/>
        <source>Give coding the &amp;selected range</source>
        <translation>Aplicar o trecho &amp;selecionado à codificação</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="106"/>
        <source>Coding &amp;memo…</source>
        <translation>&amp;Memorando da codificação…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="110"/>
        <source>&amp;Remove coding</source>
        <translation>Remo&amp;ver codificação</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="117"/>
        <source>&amp;Codebook</source>
        <translation>&amp;Livro de códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="118"/>
        <source>&amp;New code…</source>
        <translation>&amp;Novo código…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="119"/>
        <source>New &amp;subcode…</source>
        <translation>Novo &amp;subcódigo…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="120"/>
        <source>&amp;Edit code…</source>
        <translation>&amp;Editar código…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="121"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Cor…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="122"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Mesclar em…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="123"/>
        <source>&amp;Delete code…</source>
        <translation>E&amp;xcluir código…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="124"/>
        <source>Assign &amp;key</source>
        <translation>Atribuir &amp;tecla</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="126"/>
        <source>Key {key}</source>
        <translation>Tecla {key}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="130"/>
        <source>&amp;Analysis</source>
        <translation>A&amp;nálise</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="132"/>
        <source>Inter-coder &amp;agreement…</source>
        <translation>&amp;Concordância entre codificadores…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="135"/>
        <source>Coding &amp;query…</source>
        <translation>Consulta de c&amp;odificações…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="138"/>
        <source>Tables and c&amp;harts…</source>
        <translation>Tabelas e &amp;gráficos…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="140"/>
        <source>&amp;Search documents…</source>
        <translation>&amp;Pesquisar nos documentos…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="141"/>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Trilha de auditoria…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="143"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="144"/>
        <source>&amp;Coders</source>
        <translation>&amp;Codificadores</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="145"/>
        <source>&amp;Blind coding (hide other coders)</source>
        <translation>Codificação ce&amp;ga (ocultar os outros codificadores)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="147"/>
        <source>&amp;Snap selections to words</source>
        <translation>&amp;Ajustar seleções a palavras inteiras</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="152"/>
        <source>Go to &amp;transcript</source>
        <translation>Ir para a &amp;transcrição</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="156"/>
        <source>Go to &amp;documents</source>
        <translation>Ir para os &amp;documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="160"/>
        <source>Go to code&amp;book</source>
        <translation>Ir para o &amp;livro de códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="163"/>
        <source>&amp;Find code…</source>
        <translation>&amp;Procurar código…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="168"/>
        <source>Go to coded &amp;segments</source>
        <translation>Ir para os &amp;segmentos codificados</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="64"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="67"/>
        <source>Codebook</source>
        <translation>Livro de códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="70"/>
        <source>Coded segments</source>
        <translation>Segmentos codificados</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="76"/>
        <source>Memos</source>
        <translation>Memorandos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="79"/>
        <source>Search</source>
        <translation>Pesquisa</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="181"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Desfazer: {action}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="181"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="186"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Refazer: {action}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="186"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="363"/>
        <source>Only my codings</source>
        <translation>Só as minhas codificações</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="365"/>
        <source>All coders</source>
        <translation>Todos os codificadores</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="375"/>
        <source>Switch coder…</source>
        <translation>Trocar de codificador(a)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="418"/>
        <source>blind: only your codings</source>
        <translation>codificação cega: só as suas codificações</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="420"/>
        <source>showing all coders</source>
        <translation>mostrando todos os codificadores</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="423"/>
        <source>showing {names}</source>
        <translation>mostrando {names}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="423"/>
        <source>nobody</source>
        <translation>ninguém</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="425"/>
        <source>Coding as {coder} · {shown}</source>
        <translation>Codificando como {coder} · {shown}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="436"/>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="454"/>
        <source>Project memo</source>
        <translation>Memorando do projeto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="457"/>
        <source>Memo on {name}</source>
        <translation>Memorando sobre {name}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="463"/>
        <source>Memo on the code “{name}”</source>
        <translation>Memorando sobre o código “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="465"/>
        <source>Open a document or select a code first.</source>
        <translation>Primeiro abra um documento ou selecione um código.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="467"/>
        <source>New memo</source>
        <translation>Novo memorando</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="479"/>
        <source>Edit memo</source>
        <translation>Editar memorando</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="485"/>
        <source>Delete this memo?</source>
        <translation>Excluir este memorando?</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="531"/>
        <source>Open project</source>
        <translation>Abrir projeto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="531"/>
        <location filename="../../caqda/gui/main_window.py" line="667"/>
        <source>caqda projects (*.caqda)</source>
        <translation>Projetos do caqda (*.caqda)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="572"/>
        <source>Import documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="574"/>
        <source>Transcripts and exports ({patterns});;All files (*)</source>
        <translation>Transcrições e exportações ({patterns});;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="595"/>
        <source>Open a REFI-QDA project</source>
        <translation>Abrir um projeto REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="602"/>
        <source>Save as caqda project</source>
        <translation>Salvar como projeto do caqda</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="613"/>
        <source>Imported, with these losses:</source>
        <translation>Importado, com estas perdas:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="634"/>
        <source>{count} places found.</source>
        <translation>{count} ocorrências encontradas.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="654"/>
        <source>Coded the hits as “{name}”.</source>
        <translation>Ocorrências codificadas como “{name}”.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="665"/>
        <source>Merge a coder&apos;s copy</source>
        <translation>Mesclar a cópia de um(a) codificador(a)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="674"/>
        <source>Merge the codings, codes, documents and memos of “{name}” into this project? This cannot be undone.</source>
        <translation>Mesclar as codificações, os códigos, os documentos e os memorandos de “{name}” neste projeto? Isso não pode ser desfeito.</translation>
    </message>
</context>
<context>
    <name>MemoEditorDialog</name>
    <message>
        <location filename="../../caqda/gui/dialogs/memo_editor.py" line="38"/>
        <source>Write your memo here…</source>
        <translation>Escreva seu memorando aqui…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/memo_editor.py" line="39"/>
        <source>Memo</source>
        <translation>Memorando</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/memo_editor.py" line="49"/>
        <source>Save the memo ({keys})</source>
        <translation>Salvar o memorando ({keys})</translation>
    </message>
</context>
<context>
    <name>MemosModel</name>
    <message>
        <location filename="../../caqda/gui/models/table_models.py" line="84"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/table_models.py" line="85"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/table_models.py" line="86"/>
        <source>Memo</source>
        <translation>Memorando</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/table_models.py" line="87"/>
        <source>By</source>
        <translation>Autor(a)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/table_models.py" line="89"/>
        <source>Changed</source>
        <translation>Alterado em</translation>
    </message>
</context>
<context>
    <name>MemosPanel</name>
    <message>
        <location filename="../../caqda/gui/views/memos_panel.py" line="39"/>
        <source>Project memo</source>
        <translation>Memorando do projeto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/memos_panel.py" line="40"/>
        <source>Document memo</source>
        <translation>Memorando do documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/memos_panel.py" line="41"/>
        <source>Code memo</source>
        <translation>Memorando do código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/memos_panel.py" line="46"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
</context>
<context>
    <name>NewProjectWizard</name>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="67"/>
        <source>Value spheres (Grönroos &amp; Voima 2013)</source>
        <translation>Esferas de valor (Grönroos &amp; Voima 2013)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="371"/>
        <source>New project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="374"/>
        <source>Create project</source>
        <translation>Criar projeto</translation>
    </message>
</context>
<context>
    <name>PassagesModel</name>
    <message>
        <location filename="../../caqda/gui/analysis/models.py" line="22"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/models.py" line="22"/>
        <source>Speaker</source>
        <translation>Falante</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/models.py" line="22"/>
        <source>Passage</source>
        <translation>Trecho</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="79"/>
        <source>New project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="80"/>
        <source>A project is a single file that holds transcripts, codes and codings.</source>
        <translation>Um projeto é um único arquivo que guarda transcrições, códigos e codificações.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="83"/>
        <source>For example: Hospital social media study</source>
        <translation>Por exemplo: Estudo das redes sociais do hospital</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="85"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="96"/>
        <source>Project &amp;name:</source>
        <translation>&amp;Nome do projeto:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="98"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="129"/>
        <source>Give the project a name.</source>
        <translation>Dê um nome ao projeto.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="131"/>
        <source>A project name cannot contain any of {characters}</source>
        <translation>O nome do projeto não pode conter nenhum destes caracteres: {characters}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="136"/>
        <source>Choose a folder for the project.</source>
        <translation>Escolha uma pasta para o projeto.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="138"/>
        <source>The folder “{folder}” does not exist.</source>
        <translation>A pasta “{folder}” não existe.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="140"/>
        <source>“{file}” already exists in this folder. Choose another name.</source>
        <translation>“{file}” já existe nesta pasta. Escolha outro nome.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="154"/>
        <source>Will be saved as {path}</source>
        <translation>Será salvo como {path}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="162"/>
        <source>Folder for the project</source>
        <translation>Pasta do projeto</translation>
    </message>
</context>
<context>
    <name>QueryWindow</name>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="58"/>
        <source>Coding query — caqda</source>
        <translation>Consulta de codificações — caqda</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="62"/>
        <source>e.g. Complaint AND NOT &quot;Responding to interactions&quot;</source>
        <translation>p. ex. Complaint AND NOT &quot;Responding to interactions&quot;</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="66"/>
        <source>overlapping text</source>
        <translation>texto sobreposto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="67"/>
        <source>the same sentence</source>
        <translation>a mesma frase</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="68"/>
        <source>the same paragraph</source>
        <translation>o mesmo parágrafo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="69"/>
        <source>the same speaker turn</source>
        <translation>o mesmo turno de fala</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="70"/>
        <source>the same document</source>
        <translation>o mesmo documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="75"/>
        <source>Department=Nursing; several separated by ;</source>
        <translation>Department=Nursing; várias separadas por ;</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="77"/>
        <source>E05, Interviewer (empty: everyone)</source>
        <translation>E05, Interviewer (vazio: todos)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="85"/>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="88"/>
        <source>Save query…</source>
        <translation>Salvar consulta…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="90"/>
        <source>Code passages with a new code…</source>
        <translation>Codificar os trechos com um novo código…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="92"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="115"/>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="116"/>
        <source>AND, NOT within</source>
        <translation>AND, NOT dentro de</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="117"/>
        <source>Documents where</source>
        <translation>Documentos onde</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="118"/>
        <source>Speakers</source>
        <translation>Falantes</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="119"/>
        <source>Saved queries</source>
        <translation>Consultas salvas</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="123"/>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="128"/>
        <source>Codes by name or path (Parent › Child); in quotes when a name holds AND, OR or NOT. AND: coded by both; OR: either; NOT: not coded so; A WITHIN 200 B, A WITHIN turn B; A FOLLOWED BY B.</source>
        <translation>Códigos pelo nome ou caminho (Pai › Filho); entre aspas quando o nome contém AND, OR ou NOT. AND: codificado com ambos; OR: com qualquer um; NOT: não codificado assim; A WITHIN 200 B, A WITHIN turn B; A FOLLOWED BY B.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="174"/>
        <source>{passages} passages in {documents} documents.</source>
        <translation>{passages} trechos em {documents} documentos.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="191"/>
        <source>(choose a saved query)</source>
        <translation>(escolha uma consulta salva)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="208"/>
        <source>Save query</source>
        <translation>Salvar consulta</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="208"/>
        <source>Name of the query:</source>
        <translation>Nome da consulta:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="231"/>
        <source>Code passages</source>
        <translation>Codificar trechos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="231"/>
        <source>Name of the new code for these passages:</source>
        <translation>Nome do novo código para estes trechos:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="238"/>
        <source>Coded {count} passages as “{name}”.</source>
        <translation>{count} trechos codificados como “{name}”.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="250"/>
        <source>Export passages</source>
        <translation>Exportar trechos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="252"/>
        <source>Word (*.docx);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Word (*.docx);;Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="262"/>
        <source>Wrote {path}.</source>
        <translation>Gravado {path}.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="27"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="29"/>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="32"/>
        <source>Score</source>
        <translation>Semelhança</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="44"/>
        <source>Search all documents…</source>
        <translation>Pesquisar em todos os documentos…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="48"/>
        <source>match ≥ </source>
        <translation>semelhança ≥ </translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="50"/>
        <source>100 finds the words exactly (ignoring case and accents); lower also finds variants</source>
        <translation>100 encontra as palavras exatas (sem distinguir maiúsculas nem acentos); valores menores encontram também variantes</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="52"/>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="55"/>
        <source>the hits</source>
        <translation>as ocorrências</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="56"/>
        <source>their sentences</source>
        <translation>suas frases</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="57"/>
        <source>their paragraphs</source>
        <translation>seus parágrafos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="58"/>
        <source>their speaker turns</source>
        <translation>seus turnos de fala</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="59"/>
        <source>Code all…</source>
        <translation>Codificar todas…</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <location filename="../../caqda/gui/models/table_models.py" line="61"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/table_models.py" line="62"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/table_models.py" line="63"/>
        <source>Coder</source>
        <translation>Codificador(a)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/table_models.py" line="64"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/table_models.py" line="65"/>
        <source>Memo</source>
        <translation>Memorando</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <location filename="../../caqda/gui/views/segments_panel.py" line="23"/>
        <source>Selected code, all documents</source>
        <translation>Código selecionado, todos os documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/segments_panel.py" line="23"/>
        <source>Current document, all codes</source>
        <translation>Documento atual, todos os códigos</translation>
    </message>
</context>
<context>
    <name>TablesWindow</name>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="51"/>
        <source>Tables and charts — caqda</source>
        <translation>Tabelas e gráficos — caqda</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="56"/>
        <source>Code frequencies</source>
        <translation>Frequências dos códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="57"/>
        <source>Code × document matrix</source>
        <translation>Matriz código × documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="58"/>
        <source>Code co-occurrence</source>
        <translation>Coocorrência de códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="59"/>
        <source>Value-sphere profile</source>
        <translation>Perfil das esferas de valor</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="60"/>
        <source>Social media: answers</source>
        <translation>Redes sociais: respostas</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="66"/>
        <source>codings</source>
        <translation>codificações</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="67"/>
        <source>row %</source>
        <translation>% da linha</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="68"/>
        <source>column %</source>
        <translation>% da coluna</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="69"/>
        <source>present (1/0)</source>
        <translation>presente (1/0)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="74"/>
        <source>overlapping</source>
        <translation>sobrepostas</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="75"/>
        <source>in the same speaker turn</source>
        <translation>no mesmo turno de fala</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="76"/>
        <source>within 100 characters</source>
        <translation>a até 100 caracteres</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="77"/>
        <source>within 500 characters</source>
        <translation>a até 500 caracteres</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="80"/>
        <source>Jaccard instead of counts</source>
        <translation>Jaccard em vez de contagens</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="81"/>
        <source>Parent codes count their subcodes</source>
        <translation>Códigos pais contam seus subcódigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="82"/>
        <source>Draw co-occurrence as a network</source>
        <translation>Desenhar a coocorrência como rede</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="89"/>
        <source>Compute</source>
        <translation>Calcular</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="92"/>
        <source>Export table…</source>
        <translation>Exportar tabela…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="95"/>
        <source>Save chart…</source>
        <translation>Salvar gráfico…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="100"/>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="154"/>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="101"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="102"/>
        <source>Cells</source>
        <translation>Células</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="103"/>
        <source>Codings meet</source>
        <translation>Codificações se encontram</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="110"/>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="130"/>
        <source>Click a number to list the codings behind it; double-click an unanswered thread to open it.</source>
        <translation>Clique em um número para listar as codificações por trás dele; clique duas vezes em uma conversa sem resposta para abri-la.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="158"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="196"/>
        <source>unanswered threads</source>
        <translation>conversas sem resposta</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="272"/>
        <source>Save chart</source>
        <translation>Salvar gráfico</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="274"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagem PNG (*.png);;Desenho SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="178"/>
        <source>(all together)</source>
        <translation>(tudo junto)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="179"/>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="188"/>
        <source>coder</source>
        <translation>codificador(a)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="180"/>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="184"/>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="181"/>
        <source>speaker</source>
        <translation>falante</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="187"/>
        <source>document (interviewee)</source>
        <translation>documento (entrevistado)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="192"/>
        <source>posts answered</source>
        <translation>postagens respondidas</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="193"/>
        <source>time to the first answer</source>
        <translation>tempo até a primeira resposta</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="194"/>
        <source>answers by interaction type</source>
        <translation>respostas por tipo de interação</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="195"/>
        <source>posts by platform and month</source>
        <translation>postagens por plataforma e mês</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="298"/>
        <source>{count} codings behind {row} / {column}.</source>
        <translation>{count} codificações por trás de {row} / {column}.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="318"/>
        <source>Export table</source>
        <translation>Exportar tabela</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="320"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="284"/>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="330"/>
        <source>Wrote {path}.</source>
        <translation>Gravado {path}.</translation>
    </message>
</context>
</TS>
