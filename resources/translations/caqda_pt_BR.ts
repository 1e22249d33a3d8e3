<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AdjudicationPanel</name>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="94"/>
        <source>Take A</source>
        <translation>Ficar com A</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="95"/>
        <source>Take B</source>
        <translation>Ficar com B</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="96"/>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="97"/>
        <source>Neither</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="98"/>
        <source>Adjust…</source>
        <translation>Ajustar…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="99"/>
        <source>Accept all agreements</source>
        <translation>Aceitar todas as concordâncias</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="100"/>
        <source>Coders vs consensus…</source>
        <translation>Codificadores × consenso…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="123"/>
        <source>Choose a code to settle its disagreements.</source>
        <translation>Escolha um código para resolver suas discordâncias.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="125"/>
        <source>A consensus is built from exactly two coders.</source>
        <translation>Um consenso é construído a partir de exatamente dois codificadores.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="127"/>
        <source>Settle disagreements at the character or segment unit.</source>
        <translation>Resolva discordâncias na unidade caractere ou segmento.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="153"/>
        <source>{done} of {total} disagreements settled</source>
        <translation>{done} de {total} discordâncias resolvidas</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="158"/>
        <source>This one: open</source>
        <translation>Esta: em aberto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="159"/>
        <source>This one: settled ({decision})</source>
        <translation>Esta: resolvida ({decision})</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="163"/>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="164"/>
        <source>Take {coder}</source>
        <translation>Ficar com {coder}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="178"/>
        <source>both</source>
        <translation>ambos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="179"/>
        <source>neither</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="180"/>
        <source>adjusted by hand</source>
        <translation>ajustada à mão</translation>
    </message>
</context>
<context>
    <name>AgreementModels</name>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="35"/>
        <source>poor</source>
        <translation>pobre</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="36"/>
        <source>slight</source>
        <translation>leve</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="37"/>
        <source>fair</source>
        <translation>razoável</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="38"/>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="39"/>
        <source>substantial</source>
        <translation>substancial</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="40"/>
        <source>almost perfect</source>
        <translation>quase perfeita</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="41"/>
        <source>reliable</source>
        <translation>confiável</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="42"/>
        <source>tentative</source>
        <translation>provisório</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="43"/>
        <source>unreliable</source>
        <translation>não confiável</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="44"/>
        <source>boundary</source>
        <translation>limites</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="45"/>
        <source>different code</source>
        <translation>código diferente</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="46"/>
        <source>only one coder</source>
        <translation>só um codificador</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="77"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="79"/>
        <source>How many units the figures rest on (characters, segments, documents…)</source>
        <translation>Em quantas unidades os números se baseiam (caracteres, segmentos, documentos…)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="84"/>
        <source>Agreement</source>
        <translation>Concordância</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="86"/>
        <source>Percent agreement</source>
        <translation>Concordância percentual</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="89"/>
        <source>On coded text</source>
        <translation>No texto codificado</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="91"/>
        <source>Agreement over text anyone coded</source>
        <translation>Concordância no texto que algum codificador codificou</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="94"/>
        <source>κ</source>
        <translation>κ</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="96"/>
        <source>Cohen&apos;s κ (two coders), Fleiss&apos; κ (more), κn for segments</source>
        <translation>κ de Cohen (dois codificadores), κ de Fleiss (mais), κn para segmentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="99"/>
        <source>κ means (Landis &amp; Koch 1977)</source>
        <translation>Leitura do κ (Landis &amp; Koch 1977)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="101"/>
        <source>Landis &amp; Koch (1977): below 0 poor, up to .20 slight, .40 fair, .60 moderate, .80 substantial, above almost perfect</source>
        <translation>Landis &amp; Koch (1977): abaixo de 0 pobre, até .20 leve, .40 razoável, .60 moderada, .80 substancial, acima quase perfeita</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="118"/>
        <source>α means (Krippendorff 2004)</source>
        <translation>Leitura do α (Krippendorff 2004)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="120"/>
        <source>Krippendorff (2004): ≥ .800 reliable, ≥ .667 tentative, below unreliable</source>
        <translation>Krippendorff (2004): ≥ .800 confiável, ≥ .667 provisório, abaixo não confiável</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="108"/>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="110"/>
        <source>Krippendorff&apos;s α</source>
        <translation>α de Krippendorff</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="113"/>
        <source>α 95% CI</source>
        <translation>IC 95% do α</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="115"/>
        <source>Bootstrap confidence interval of α</source>
        <translation>Intervalo de confiança (bootstrap) do α</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="125"/>
        <source>PABAK</source>
        <translation>PABAK</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="127"/>
        <source>Prevalence- and bias-adjusted κ</source>
        <translation>κ ajustado por prevalência e viés</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="130"/>
        <source>AC1</source>
        <translation>AC1</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="132"/>
        <source>Gwet&apos;s AC1</source>
        <translation>AC1 de Gwet</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="156"/>
        <source> (with subcodes)</source>
        <translation> (com subcódigos)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="164"/>
        <source>Pooled (all documents and codes)</source>
        <translation>Agregado (todos os documentos e códigos)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="208"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="258"/>
        <source>κ {kappa}, α {alpha}, agreement {agreement}</source>
        <translation>κ {kappa}, α {alpha}, concordância {agreement}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="292"/>
        <source>other code ({codes})</source>
        <translation>outro código ({codes})</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="297"/>
        <source>not coded</source>
        <translation>não codificado</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="302"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="303"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="304"/>
        <source>Where</source>
        <translation>Posição</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="305"/>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/models.py" line="306"/>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="58"/>
        <source>Character (NVivo-compatible)</source>
        <translation>Caractere (compatível com o NVivo)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="59"/>
        <source>Segment with overlap tolerance (MAXQDA-compatible)</source>
        <translation>Segmento com tolerância de sobreposição (compatível com o MAXQDA)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="60"/>
        <source>Code presence per document</source>
        <translation>Presença do código por documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="61"/>
        <source>Code frequency per document</source>
        <translation>Frequência do código por documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="62"/>
        <source>Sentence</source>
        <translation>Frase</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="63"/>
        <source>Paragraph</source>
        <translation>Parágrafo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="64"/>
        <source>Speaker turn</source>
        <translation>Turno de fala</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="65"/>
        <source>Continuum: unitized α (ATLAS.ti-compatible)</source>
        <translation>Contínuo: α unitizado (compatível com o ATLAS.ti)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="98"/>
        <source>Inter-coder agreement — caqda</source>
        <translation>Concordância entre codificadores — caqda</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="112"/>
        <source>Compute</source>
        <translation>Calcular</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="115"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="120"/>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="121"/>
        <source>Overlap tolerance</source>
        <translation>Tolerância de sobreposição</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="122"/>
        <source>Bootstrap samples for α</source>
        <translation>Amostras bootstrap para o α</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="126"/>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="127"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="128"/>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="143"/>
        <source>Choose the coders and the unit, then Compute.</source>
        <translation>Escolha os codificadores e a unidade e clique em Calcular.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="171"/>
        <source>&lt;small&gt;Two scales: the words beside κ follow &lt;b&gt;Landis &amp;amp; Koch (1977)&lt;/b&gt; (up to .20 slight, .40 fair, .60 moderate, .80 substantial, above almost perfect); the words beside α follow &lt;b&gt;Krippendorff (2004)&lt;/b&gt; (≥ .800 reliable, ≥ .667 tentative, below unreliable). α&apos;s scale is stricter, so one value can be “substantial” as κ and “unreliable” as α.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Duas escalas: as palavras ao lado do κ seguem &lt;b&gt;Landis &amp;amp; Koch (1977)&lt;/b&gt; (até .20 leve, .40 razoável, .60 moderada, .80 substancial, acima quase perfeita); as palavras ao lado do α seguem &lt;b&gt;Krippendorff (2004)&lt;/b&gt; (≥ .800 confiável, ≥ .667 provisório, abaixo não confiável). A escala do α é mais rigorosa, então um mesmo valor pode ser “substancial” como κ e “não confiável” como α.&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="180"/>
        <source>&lt;b&gt;Coder pairs&lt;/b&gt; (κ; α and agreement in the tooltip)</source>
        <translation>&lt;b&gt;Pares de codificadores&lt;/b&gt; (κ; α e concordância ao passar o mouse)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="188"/>
        <source>&lt;b&gt;Disagreements&lt;/b&gt;: click a code above</source>
        <translation>&lt;b&gt;Discordâncias&lt;/b&gt;: clique em um código acima</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="281"/>
        <source>Computing agreement…</source>
        <translation>Calculando a concordância…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="281"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="331"/>
        <source>&lt;b&gt;Disagreements on {code}&lt;/b&gt;: {count}</source>
        <translation>&lt;b&gt;Discordâncias em {code}&lt;/b&gt;: {count}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="347"/>
        <source>({n} of {total})</source>
        <translation>({n} de {total})</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/agreement_window.py" line="369"/>
        <source>Export agreement</source>
        <translation>Exportar concordância</translation>
    </message>
</context>
<context>
    <name>AttributeDialog</name>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="50"/>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="57"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="58"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="59"/>
        <source>Date (2024-03-31)</source>
        <translation>Data (2024-03-31)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="60"/>
        <source>Choice from a list</source>
        <translation>Escolha de uma lista</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="67"/>
        <source>Values separated by ;  e.g. Day; Night</source>
        <translation>Valores separados por ;  ex.: Dia; Noite</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="69"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="70"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="71"/>
        <source>Values:</source>
        <translation>Valores:</translation>
    </message>
</context>
<context>
    <name>AttributesModel</name>
    <message>
        <location filename="../../caqda/gui/models/table_models.py" line="67"/>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/table_models.py" line="68"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>AttributesWindow</name>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="126"/>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="238"/>
        <source>Document attributes</source>
        <translation>Atributos dos documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="140"/>
        <source>Double-click a cell to edit it; paste a block copied from a spreadsheet with Ctrl+V.</source>
        <translation>Clique duas vezes numa célula para editá-la; cole um bloco copiado de uma planilha com Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="147"/>
        <source>&amp;Add attribute…</source>
        <translation>&amp;Adicionar atributo…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="148"/>
        <source>Change &amp;type…</source>
        <translation>Mudar o &amp;tipo…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="149"/>
        <source>&amp;Delete attribute…</source>
        <translation>&amp;Excluir atributo…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="150"/>
        <source>&amp;Import table…</source>
        <translation>&amp;Importar tabela…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="151"/>
        <source>&amp;Export table…</source>
        <translation>E&amp;xportar tabela…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="192"/>
        <source>Values: {choices}</source>
        <translation>Valores: {choices}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="217"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="218"/>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="219"/>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="220"/>
        <source>choice</source>
        <translation>escolha</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="242"/>
        <source>Tables (*.xlsx *.csv)</source>
        <translation>Tabelas (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="245"/>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="345"/>
        <source>Export attributes</source>
        <translation>Exportar atributos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="248"/>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="319"/>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="332"/>
        <source>Import attributes</source>
        <translation>Importar atributos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="255"/>
        <source>Set {attribute}</source>
        <translation>Definir {attribute}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="277"/>
        <source>Paste {count} attribute values</source>
        <translation>Colar {count} valores de atributos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="288"/>
        <source>Clear attribute values</source>
        <translation>Apagar valores de atributos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="307"/>
        <source>Delete the attribute “{name}” and its values in every document? You can undo this.</source>
        <translation>Excluir o atributo “{name}” e seus valores em todos os documentos? Você pode desfazer isso.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="322"/>
        <source>Import attributes from {name}</source>
        <translation>Importar atributos de {name}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/attributes_window.py" line="333"/>
        <source>No document is called: {names}. Those rows were skipped.</source>
        <translation>Nenhum documento se chama: {names}. Essas linhas foram ignoradas.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="39"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="40"/>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="79"/>
        <source>Coder</source>
        <translation>Codificador(a)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="41"/>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="87"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="42"/>
        <source>What changed</source>
        <translation>O que mudou</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="50"/>
        <source>Audit trail</source>
        <translation>Trilha de auditoria</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="55"/>
        <source>Every coder</source>
        <translation>Todos os codificadores</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="57"/>
        <source>Every code</source>
        <translation>Todos os códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="61"/>
        <source>Every document</source>
        <translation>Todos os documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="63"/>
        <source>Every action</source>
        <translation>Todas as ações</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="80"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="81"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="87"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="87"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="93"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="95"/>
        <source>Export Word…</source>
        <translation>Exportar Word…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="121"/>
        <source>any day</source>
        <translation>qualquer dia</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="151"/>
        <source>Word document (*.docx)</source>
        <translation>Documento do Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="153"/>
        <source>Export audit trail</source>
        <translation>Exportar trilha de auditoria</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/audit_dialog.py" line="144"/>
        <source>{count} changes, newest first</source>
        <translation>{count} alterações, as mais recentes primeiro</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../caqda/gui/backup_actions.py" line="104"/>
        <location filename="../../caqda/gui/backup_actions.py" line="128"/>
        <location filename="../../caqda/gui/backup_actions.py" line="141"/>
        <location filename="../../caqda/gui/backup_actions.py" line="161"/>
        <source>Backup failed: {error}</source>
        <translation>A cópia de segurança falhou: {error}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/backup_actions.py" line="143"/>
        <location filename="../../caqda/gui/backup_actions.py" line="164"/>
        <source>Backed up to {name}</source>
        <translation>Cópia de segurança salva em {name}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/backup_actions.py" line="180"/>
        <location filename="../../caqda/gui/backup_actions.py" line="217"/>
        <source>Restore from backup</source>
        <translation>Restaurar de uma cópia de segurança</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/backup_actions.py" line="181"/>
        <source>There are no backups of {name} yet.</source>
        <translation>Ainda não há cópias de segurança de {name}.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/backup_actions.py" line="200"/>
        <source>Damaged project</source>
        <translation>Projeto danificado</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/backup_actions.py" line="202"/>
        <source>{error}

The newest good backup of this project is from {when}. Restore it? The damaged file is kept in the backup folder.</source>
        <translation>{error}

A cópia de segurança íntegra mais recente deste projeto é de {when}. Restaurá-la? O arquivo danificado fica guardado na pasta de cópias de segurança.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/backup_actions.py" line="219"/>
        <source>Restored {name} from {backup}</source>
        <translation>{name} restaurado de {backup}</translation>
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
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="58"/>
        <source>Edit code</source>
        <translation>Editar código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="58"/>
        <source>New code</source>
        <translation>Novo código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="63"/>
        <source>Name of the code</source>
        <translation>Nome do código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="69"/>
        <source>Choose the colour of this code&apos;s highlights</source>
        <translation>Escolha a cor dos destaques deste código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="70"/>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="75"/>
        <source>&amp;Definition</source>
        <translation>&amp;Definição</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="76"/>
        <source>When to &amp;use</source>
        <translation>&amp;Quando usar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="77"/>
        <source>When &amp;not to use</source>
        <translation>Quando &amp;não usar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="78"/>
        <source>E&amp;xample</source>
        <translation>E&amp;xemplo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="81"/>
        <source>What this code means</source>
        <translation>O que este código significa</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="82"/>
        <source>Which passages it applies to</source>
        <translation>A quais trechos ele se aplica</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="83"/>
        <source>Near misses, and which code to use instead</source>
        <translation>Casos parecidos que não entram, e qual código usar neles</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="84"/>
        <source>A typical quotation</source>
        <translation>Uma citação típica</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="91"/>
        <source>&amp;Name</source>
        <translation>N&amp;ome</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="93"/>
        <source>&amp;Colour</source>
        <translation>&amp;Cor</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="146"/>
        <source>Colour of the code</source>
        <translation>Cor do código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="155"/>
        <source>A code needs a name.</source>
        <translation>Um código precisa de um nome.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_editor.py" line="157"/>
        <source>A name cannot contain “ › ”: it separates codes in a path.</source>
        <translation>Um nome não pode conter “ › ”: ele separa os códigos em um caminho.</translation>
    </message>
</context>
<context>
    <name>CodeHistoryDialog</name>
    <message>
        <location filename="../../caqda/gui/dialogs/code_history.py" line="30"/>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_history.py" line="31"/>
        <source>place</source>
        <translation>posição</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_history.py" line="32"/>
        <source>colour</source>
        <translation>cor</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_history.py" line="33"/>
        <source>definition</source>
        <translation>definição</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_history.py" line="34"/>
        <source>when to use</source>
        <translation>quando usar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_history.py" line="35"/>
        <source>when not to use</source>
        <translation>quando não usar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_history.py" line="36"/>
        <source>example</source>
        <translation>exemplo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_history.py" line="37"/>
        <source>merged into</source>
        <translation>mesclado em</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_history.py" line="45"/>
        <source>History of “{name}”</source>
        <translation>Histórico de “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_history.py" line="48"/>
        <source>The codebook is at version {number} ({date}).</source>
        <translation>O livro de códigos está na versão {number} ({date}).</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_history.py" line="52"/>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_history.py" line="52"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_history.py" line="52"/>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_history.py" line="52"/>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_history.py" line="53"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_history.py" line="53"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_history.py" line="53"/>
        <source>After</source>
        <translation>Depois</translation>
    </message>
</context>
<context>
    <name>CodePickerDialog</name>
    <message>
        <location filename="../../caqda/gui/dialogs/code_picker.py" line="215"/>
        <source>Choose a code</source>
        <translation>Escolha um código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_picker.py" line="225"/>
        <source>Type to find a code…</source>
        <translation>Digite para encontrar um código…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_picker.py" line="227"/>
        <source>Find a code</source>
        <translation>Encontrar um código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_picker.py" line="243"/>
        <source>↑ ↓ to move · Enter to choose · Esc to cancel</source>
        <translation>↑ ↓ para mover · Enter para escolher · Esc para cancelar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_picker.py" line="317"/>
        <source>Recent</source>
        <translation>Recentes</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_picker.py" line="322"/>
        <source>All codes</source>
        <translation>Todos os códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/code_picker.py" line="360"/>
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
        <location filename="../../caqda/gui/codebook_actions.py" line="96"/>
        <source>Merge “{source}” into “{target}”? Its {count} codings and its subcodes move to “{target}”.</source>
        <translation>Mesclar “{source}” em “{target}”? Suas {count} codificações e seus subcódigos passam para “{target}”.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/codebook_actions.py" line="108"/>
        <source>Delete “{name}”? {count} codings will be removed</source>
        <translation>Excluir “{name}”? {count} codificações serão removidas</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/codebook_actions.py" line="112"/>
        <source>, with its {n} subcodes</source>
        <translation>, junto com seus {n} subcódigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/codebook_actions.py" line="113"/>
        <source>. You can undo this.</source>
        <translation>. É possível desfazer esta ação.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/codebook_actions.py" line="136"/>
        <source>Key {key} now codes as “{name}”.</source>
        <translation>A tecla {key} agora codifica como “{name}”.</translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <location filename="../../caqda/gui/models/codebook_model.py" line="44"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/codebook_model.py" line="44"/>
        <source>Codings</source>
        <translation>Codif.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/codebook_model.py" line="44"/>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/codebook_model.py" line="47"/>
        <source>How many codings the visible coders made with this code</source>
        <translation>Quantas codificações os codificadores visíveis fizeram com este código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/codebook_model.py" line="48"/>
        <source>The digit key that codes the selected text with this code</source>
        <translation>A tecla numérica que codifica o texto selecionado com este código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/codebook_model.py" line="169"/>
        <source>Category header: groups codes, not for coding.</source>
        <translation>Cabeçalho de categoria: agrupa códigos, não serve para codificar.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/codebook_model.py" line="173"/>
        <source>Code sets: {names}</source>
        <translation>Conjuntos de códigos: {names}</translation>
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
        <source>Codebook file (.qdc, .json, .csv, .xlsx)…</source>
        <translation>Arquivo de livro de códigos (.qdc, .json, .csv, .xlsx)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="221"/>
        <source>Path of a .qdc, .json, .csv (Taguette) or .xlsx codebook</source>
        <translation>Caminho de um livro de códigos .qdc, .json, .csv (Taguette) ou .xlsx</translation>
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
        <source>A codebook file ends in .qdc, .json, .csv or .xlsx.</source>
        <translation>Um arquivo de livro de códigos termina em .qdc, .json, .csv ou .xlsx.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/new_project.py" line="288"/>
        <source>Codebooks (*.qdc *.json *.csv *.xlsx);;All files (*)</source>
        <translation>Livros de códigos (*.qdc *.json *.csv *.xlsx);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <location filename="../../caqda/gui/views/codebook_panel.py" line="59"/>
        <source>Filter codes…</source>
        <translation>Filtrar códigos…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/codebook_panel.py" line="64"/>
        <source>Show only the codes of one code set</source>
        <translation>Mostrar só os códigos de um conjunto de códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/codebook_panel.py" line="86"/>
        <source>Select a code to see its definition.</source>
        <translation>Selecione um código para ver a definição.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/codebook_panel.py" line="148"/>
        <source>All codes</source>
        <translation>Todos os códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/codebook_panel.py" line="150"/>
        <source>Set: {name}</source>
        <translation>Conjunto: {name}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/codebook_panel.py" line="181"/>
        <source>Definition</source>
        <translation>Definição</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/codebook_panel.py" line="182"/>
        <source>When to use</source>
        <translation>Quando usar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/codebook_panel.py" line="183"/>
        <source>When not to use</source>
        <translation>Quando não usar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/codebook_panel.py" line="184"/>
        <location filename="../../caqda/gui/views/codebook_panel.py" line="196"/>
        <source>Example</source>
        <translation>Exemplo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/codebook_panel.py" line="188"/>
        <source>Category header: groups codes, not for coding.</source>
        <translation>Cabeçalho de categoria: agrupa códigos, não serve para codificar.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/codebook_panel.py" line="191"/>
        <source>Code sets: {names}</source>
        <translation>Conjuntos de códigos: {names}</translation>
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
    <name>CoderView</name>
    <message>
        <location filename="../../caqda/gui/coder_view.py" line="44"/>
        <source>Only my codings</source>
        <translation>Só as minhas codificações</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coder_view.py" line="46"/>
        <source>All coders</source>
        <translation>Todos os codificadores</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coder_view.py" line="56"/>
        <source>Switch coder…</source>
        <translation>Trocar de codificador(a)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coder_view.py" line="92"/>
        <source>blind: only your codings</source>
        <translation>codificação cega: só as suas codificações</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coder_view.py" line="94"/>
        <source>showing all coders</source>
        <translation>mostrando todos os codificadores</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coder_view.py" line="97"/>
        <source>showing {names}</source>
        <translation>mostrando {names}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coder_view.py" line="97"/>
        <source>nobody</source>
        <translation>ninguém</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coder_view.py" line="99"/>
        <source>Coding as {coder} · {shown}</source>
        <translation>Codificando como {coder} · {shown}</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="54"/>
        <location filename="../../caqda/gui/coding_actions.py" line="87"/>
        <source>Select some text first, then choose a code.</source>
        <translation>Primeiro selecione um trecho do texto e depois escolha um código.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="59"/>
        <source>“{code}” is a category header, not for coding: choose one of its subcodes.</source>
        <translation>“{code}” é um cabeçalho de categoria, não serve para codificar: escolha um de seus subcódigos.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="67"/>
        <source>Coded as “{code}”.</source>
        <translation>Codificado como “{code}”.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="76"/>
        <source>No code is assigned to key {key}.</source>
        <translation>Nenhum código está atribuído à tecla {key}.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="98"/>
        <source>Select the words that should become a code.</source>
        <translation>Selecione as palavras que devem virar um código.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="104"/>
        <source>In-vivo code “{name}”</source>
        <translation>Código in vivo “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="125"/>
        <source>The cursor is not inside a speaker turn.</source>
        <translation>O cursor não está dentro de um turno de fala.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="149"/>
        <location filename="../../caqda/gui/coding_actions.py" line="164"/>
        <source>Click a coding (in the text or its stripe) to select it first.</source>
        <translation>Primeiro clique em uma codificação (no texto ou na faixa dela) para selecioná-la.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="192"/>
        <source>Coding “{code}” in {document}</source>
        <translation>Codificação “{code}” em {document}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="195"/>
        <source>Coding memo</source>
        <translation>Memorando da codificação</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="214"/>
        <source>Code as “{name}”</source>
        <translation>Codificar como “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="239"/>
        <source>Select</source>
        <translation>Selecionar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="240"/>
        <source>Edit memo…</source>
        <translation>Editar memorando…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="249"/>
        <source>Change code…</source>
        <translation>Trocar código…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="250"/>
        <source>Resize…</source>
        <translation>Ajustar trecho…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/coding_actions.py" line="251"/>
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
        <location filename="../../caqda/gui/commands.py" line="70"/>
        <source>Code as “{name}”</source>
        <translation>Codificar como “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/commands.py" line="94"/>
        <source>Remove coding</source>
        <translation>Remover codificação</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/commands.py" line="110"/>
        <source>Resize coding</source>
        <translation>Ajustar trecho da codificação</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/commands.py" line="112"/>
        <source>Change coding code</source>
        <translation>Trocar o código da codificação</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/commands.py" line="114"/>
        <source>Edit coding memo</source>
        <translation>Editar memorando da codificação</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/commands.py" line="150"/>
        <source>Code {count} hits as “{name}”</source>
        <translation>Codificar {count} ocorrências como “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/commands.py" line="169"/>
        <source>New code “{name}”</source>
        <translation>Novo código “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/commands.py" line="191"/>
        <source>Edit code “{name}”</source>
        <translation>Editar código “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/commands.py" line="222"/>
        <source>Make “{name}” codable</source>
        <translation>Tornar “{name}” codificável</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/commands.py" line="224"/>
        <source>Make “{name}” a category header</source>
        <translation>Tornar “{name}” um cabeçalho de categoria</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/commands.py" line="265"/>
        <source>Delete code “{name}”</source>
        <translation>Excluir código “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/commands.py" line="279"/>
        <source>Merge “{source}” into “{target}”</source>
        <translation>Mesclar “{source}” em “{target}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/commands.py" line="295"/>
        <source>Move code “{name}”</source>
        <translation>Mover código “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="39"/>
        <source>Settle a disagreement on “{code}”</source>
        <translation>Resolver uma discordância em “{code}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="54"/>
        <source>Accept the agreements on “{code}”</source>
        <translation>Aceitar as concordâncias em “{code}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_commands.py" line="23"/>
        <source>Clear review mark</source>
        <translation>Limpar marca de revisão</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_commands.py" line="25"/>
        <source>Review: {mark}</source>
        <translation>Revisão: {mark}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/team_actions.py" line="30"/>
        <source>Merge “{name}”</source>
        <translation>Mesclar “{name}”</translation>
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
    <name>CopyForDialog</name>
    <message>
        <location filename="../../caqda/gui/dialogs/copy_for_dialog.py" line="31"/>
        <source>Prepare a coder&apos;s copy</source>
        <translation>Preparar a cópia de um(a) codificador(a)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/copy_for_dialog.py" line="36"/>
        <source>The copy has the same documents and codebook. The coder works in it and sends it back; File › Merge a coder&apos;s copy brings their codings, changes and deletions here.</source>
        <translation>A cópia tem os mesmos documentos e o mesmo livro de códigos. O(a) codificador(a) trabalha nela e a devolve; Arquivo › Mesclar a cópia de um(a) codificador(a) traz para cá as codificações, alterações e exclusões.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/copy_for_dialog.py" line="48"/>
        <source>A coder&apos;s name</source>
        <translation>Nome do(a) codificador(a)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/copy_for_dialog.py" line="50"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/copy_for_dialog.py" line="55"/>
        <source>&amp;Blind: leave out the other coders&apos; codings</source>
        <translation>&amp;Cega: deixar de fora as codificações dos outros codificadores</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/copy_for_dialog.py" line="59"/>
        <source>&amp;Coder:</source>
        <translation>C&amp;odificador(a):</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/copy_for_dialog.py" line="60"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Salvar como:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/copy_for_dialog.py" line="68"/>
        <source>&amp;Prepare copy</source>
        <translation>P&amp;reparar cópia</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/copy_for_dialog.py" line="90"/>
        <source>coder</source>
        <translation>codificador</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/copy_for_dialog.py" line="95"/>
        <source>Save the coder&apos;s copy</source>
        <translation>Salvar a cópia do(a) codificador(a)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/copy_for_dialog.py" line="95"/>
        <source>caqda projects (*.caqda)</source>
        <translation>Projetos do caqda (*.caqda)</translation>
    </message>
</context>
<context>
    <name>CorpusActions</name>
    <message>
        <location filename="../../caqda/gui/corpus_actions.py" line="76"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renomear…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus_actions.py" line="77"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus_actions.py" line="78"/>
        <source>Details and &amp;sets…</source>
        <translation>Detalhes e &amp;conjuntos…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus_actions.py" line="79"/>
        <source>&amp;Attributes…</source>
        <translation>&amp;Atributos…</translation>
    </message>
</context>
<context>
    <name>CorpusCommands</name>
    <message>
        <location filename="../../caqda/gui/corpus_commands.py" line="26"/>
        <source>Import {count} documents</source>
        <translation>Importar {count} documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus_commands.py" line="44"/>
        <source>Rename “{old}” to “{new}”</source>
        <translation>Renomear “{old}” para “{new}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus_commands.py" line="59"/>
        <source>Delete {name}</source>
        <translation>Excluir {name}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus_commands.py" line="73"/>
        <source>Reorder documents</source>
        <translation>Reordenar documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus_commands.py" line="88"/>
        <source>New document set “{name}”</source>
        <translation>Novo conjunto de documentos “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus_commands.py" line="107"/>
        <source>Delete document set “{name}”</source>
        <translation>Excluir o conjunto de documentos “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus_commands.py" line="127"/>
        <source>Add to “{name}”</source>
        <translation>Adicionar a “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus_commands.py" line="129"/>
        <source>Take out of “{name}”</source>
        <translation>Retirar de “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus_commands.py" line="158"/>
        <source>Set {count} attribute values</source>
        <translation>Definir {count} valores de atributos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus_commands.py" line="179"/>
        <source>Attribute “{name}”</source>
        <translation>Atributo “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus_commands.py" line="205"/>
        <source>Delete attribute “{name}”</source>
        <translation>Excluir o atributo “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus_commands.py" line="231"/>
        <source>New memo</source>
        <translation>Novo memorando</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus_commands.py" line="250"/>
        <source>Edit memo</source>
        <translation>Editar memorando</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus_commands.py" line="262"/>
        <source>Delete memo</source>
        <translation>Excluir memorando</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus_commands.py" line="279"/>
        <source>Key {key} codes as “{name}”</source>
        <translation>Tecla {key} codifica como “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus_commands.py" line="283"/>
        <source>Key {key} codes nothing</source>
        <translation>Tecla {key} não codifica nada</translation>
    </message>
</context>
<context>
    <name>DamagedProjectDialog</name>
    <message>
        <location filename="../../caqda/gui/dialogs/damaged_project.py" line="23"/>
        <source>Damaged project</source>
        <translation>Projeto danificado</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/damaged_project.py" line="25"/>
        <source>“{name}” is damaged, and caqda would not work correctly with it.</source>
        <translation>“{name}” está danificado, e o caqda não funcionaria corretamente com ele.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/damaged_project.py" line="31"/>
        <source>caqda can repair it. A copy of the project as it is now is kept beside it first, so nothing is lost.</source>
        <translation>O caqda pode repará-lo. Antes, uma cópia do projeto como está agora é guardada ao lado dele, para que nada se perca.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/damaged_project.py" line="35"/>
        <source>Repair</source>
        <translation>Reparar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/damaged_project.py" line="45"/>
        <source>Project repaired</source>
        <translation>Projeto reparado</translation>
    </message>
</context>
<context>
    <name>DocumentFilterBar</name>
    <message>
        <location filename="../../caqda/gui/views/document_filter_bar.py" line="33"/>
        <source>Any set</source>
        <translation>Qualquer conjunto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/document_filter_bar.py" line="38"/>
        <source>Condition, e.g. Department=Nursing</source>
        <translation>Condição, ex.: Departamento=Enfermagem</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/document_filter_bar.py" line="41"/>
        <source>Only documents whose attribute matches: = != &lt; &lt;= &gt; &gt;= or ~ (contains), e.g. Years in the role&gt;=5. Press Enter to apply.</source>
        <translation>Apenas documentos cujo atributo corresponde: = != &lt; &lt;= &gt; &gt;= ou ~ (contém), ex.: Anos na função&gt;=5. Pressione Enter para aplicar.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/document_filter_bar.py" line="80"/>
        <source>No document matches.</source>
        <translation>Nenhum documento corresponde.</translation>
    </message>
</context>
<context>
    <name>DocumentScopeRow</name>
    <message>
        <location filename="../../caqda/gui/views/document_scope_row.py" line="30"/>
        <source>Only the documents of this document set</source>
        <translation>Apenas os documentos deste conjunto de documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/document_scope_row.py" line="35"/>
        <source>Documents where, e.g. Department=Nursing</source>
        <translation>Documentos onde, ex.: Departamento=Enfermagem</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/document_scope_row.py" line="38"/>
        <source>Only documents whose attribute matches: = != &lt; &lt;= &gt; &gt;= or ~ (contains), e.g. Years in the role&gt;=5. Press Enter to apply.</source>
        <translation>Apenas documentos cujo atributo corresponde: = != &lt; &lt;= &gt; &gt;= ou ~ (contém), ex.: Anos na função&gt;=5. Pressione Enter para aplicar.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/document_scope_row.py" line="68"/>
        <source>Any document set</source>
        <translation>Qualquer conjunto de documentos</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../caqda/gui/models/documents_model.py" line="26"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/documents_model.py" line="27"/>
        <source>Social media</source>
        <translation>Redes sociais</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/documents_model.py" line="28"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/documents_model.py" line="124"/>
        <source>{name}
imported from {source}</source>
        <translation>{name}
importado de {source}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/documents_model.py" line="140"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/documents_model.py" line="140"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/documents_model.py" line="140"/>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/documents_model.py" line="143"/>
        <source>Share of the document {coder} has coded</source>
        <translation>Parcela do documento que {coder} codificou</translation>
    </message>
</context>
<context>
    <name>DocumentsWindow</name>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="56"/>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="266"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="59"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="60"/>
        <source>Social media</source>
        <translation>Redes sociais</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="61"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="65"/>
        <source>Show the documents of a set</source>
        <translation>Mostrar os documentos de um conjunto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="68"/>
        <source>Attribute condition, e.g. Department=Nursing</source>
        <translation>Condição de atributo, ex.: Departamento=Enfermagem</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="73"/>
        <source>Set:</source>
        <translation>Conjunto:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="75"/>
        <source>Where:</source>
        <translation>Onde:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="91"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renomear…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="92"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="93"/>
        <source>Move &amp;up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="94"/>
        <source>Move do&amp;wn</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="95"/>
        <source>&amp;New set from selection…</source>
        <translation>&amp;Novo conjunto com a seleção…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="96"/>
        <source>&amp;Add to set</source>
        <translation>&amp;Adicionar ao conjunto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="97"/>
        <source>Take &amp;out of the shown set</source>
        <translation>Re&amp;tirar do conjunto mostrado</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="98"/>
        <source>Delete the shown &amp;set…</source>
        <translation>Excluir o conjunto &amp;mostrado…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="127"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="128"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="129"/>
        <source>Source file</source>
        <translation>Arquivo de origem</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="130"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="131"/>
        <source>Imported</source>
        <translation>Importado em</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="132"/>
        <source>Imported by</source>
        <translation>Importado por</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="133"/>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="134"/>
        <source>Codings</source>
        <translation>Codif.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="135"/>
        <source>Memos</source>
        <translation>Memorandos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="136"/>
        <source>Sets</source>
        <translation>Conjuntos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="182"/>
        <source>{shown} of the documents shown</source>
        <translation>{shown} dos documentos mostrados</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="201"/>
        <source>{name}
imported from {source} ({format}) on {when} by {who}</source>
        <translation>{name}
importado de {source} ({format}) em {when} por {who}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="206"/>
        <source>an unknown coder</source>
        <translation>codificador(a) desconhecido(a)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="213"/>
        <source>All documents</source>
        <translation>Todos os documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="216"/>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="231"/>
        <source>No sets yet: make one from the selection</source>
        <translation>Nenhum conjunto ainda: crie um com a seleção</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="276"/>
        <source>Rename document</source>
        <translation>Renomear documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="276"/>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="291"/>
        <source>{count} documents</source>
        <translation>{count} documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="293"/>
        <source>Delete {what}? {codings} codings and {memos} memos go with it. You can undo this.</source>
        <translation>Excluir {what}? {codings} codificações e {memos} memorandos serão excluídos junto. Você pode desfazer isso.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="316"/>
        <source>New document set</source>
        <translation>Novo conjunto de documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="316"/>
        <source>Name of the set:</source>
        <translation>Nome do conjunto:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/corpus/documents_window.py" line="333"/>
        <source>Delete the set “{name}”? Its documents stay in the project.</source>
        <translation>Excluir o conjunto “{name}”? Seus documentos continuam no projeto.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../caqda/gui/export_actions.py" line="50"/>
        <source>Exporting to {name}…</source>
        <translation>Exportando para {name}…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/export_actions.py" line="77"/>
        <source>Exported {path}.</source>
        <translation>Exportado: {path}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="28"/>
        <source>Coded segments (Word)</source>
        <translation>Segmentos codificados (Word)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="29"/>
        <source>Codebook (Word)</source>
        <translation>Livro de códigos (Word)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="30"/>
        <source>Agreement report (Word)</source>
        <translation>Relatório de concordância (Word)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="31"/>
        <source>Commented transcript (Word)</source>
        <translation>Transcrição comentada (Word)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="33"/>
        <source>Findings report with tables and charts (Word)</source>
        <translation>Relatório de resultados com tabelas e gráficos (Word)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="39"/>
        <source>Coded segments table (Excel or CSV)</source>
        <translation>Tabela de segmentos codificados (Excel ou CSV)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="45"/>
        <source>Code × document matrix (Excel or CSV)</source>
        <translation>Matriz código × documento (Excel ou CSV)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="51"/>
        <source>Whole project for other tools (REFI-QDA .qdpx)</source>
        <translation>Projeto completo para outros programas (REFI-QDA .qdpx)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="57"/>
        <source>Analysis database for Datasette, R or pandas (SQLite)</source>
        <translation>Banco de dados de análise para Datasette, R ou pandas (SQLite)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="63"/>
        <source>Codebook for other tools (REFI-QDA .qdc, Taguette .csv, Excel, JSON)</source>
        <translation>Livro de códigos para outros programas (REFI-QDA .qdc, Taguette .csv, Excel, JSON)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="72"/>
        <source>Sphere › code</source>
        <translation>Esfera › código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="73"/>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="131"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="74"/>
        <source>Coder</source>
        <translation>Codificador(a)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="75"/>
        <source>Speaker</source>
        <translation>Falante</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="103"/>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="129"/>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="148"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="113"/>
        <source>Attribute: {name}</source>
        <translation>Atributo: {name}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="122"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="130"/>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="132"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="137"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="138"/>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="139"/>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/export_dialog.py" line="184"/>
        <source>Export to</source>
        <translation>Exportar para</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../caqda/gui/file_actions.py" line="34"/>
        <source>Open project</source>
        <translation>Abrir projeto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/file_actions.py" line="34"/>
        <source>caqda projects (*.caqda)</source>
        <translation>Projetos do caqda (*.caqda)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/file_actions.py" line="89"/>
        <source>Open a REFI-QDA project</source>
        <translation>Abrir um projeto REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/file_actions.py" line="96"/>
        <source>Save as caqda project</source>
        <translation>Salvar como projeto do caqda</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/file_actions.py" line="108"/>
        <source>Imported, with these losses:</source>
        <translation>Importado, com estas perdas:</translation>
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
    <name>HeaderAttributesDialog</name>
    <message>
        <location filename="../../caqda/gui/dialogs/header_attributes.py" line="23"/>
        <source>Attributes found in the documents</source>
        <translation>Atributos encontrados nos documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/header_attributes.py" line="26"/>
        <source>These lines at the top of the imported documents look like attributes. Tick the ones to keep as document attributes; the others stay only in the text.</source>
        <translation>Estas linhas no início dos documentos importados parecem atributos. Marque as que devem ficar como atributos dos documentos; as outras ficam apenas no texto.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/header_attributes.py" line="39"/>
        <source>{name} — {count} documents: {examples}</source>
        <translation>{name} — {count} documentos: {examples}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/header_attributes.py" line="50"/>
        <source>Keep the ticked ones</source>
        <translation>Manter os marcados</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/header_attributes.py" line="51"/>
        <source>Keep none</source>
        <translation>Não manter nenhum</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="55"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="56"/>
        <source>Speaker</source>
        <translation>Falante</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="57"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="58"/>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="59"/>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="60"/>
        <source>Score</source>
        <translation>Semelhança</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <location filename="../../caqda/gui/import_runner.py" line="61"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/import_runner.py" line="61"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/import_runner.py" line="62"/>
        <source>Import documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/import_runner.py" line="80"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/import_runner.py" line="117"/>
        <source>Import cancelled; the files imported so far are kept.</source>
        <translation>Importação cancelada; os arquivos já importados foram mantidos.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/import_runner.py" line="118"/>
        <source>Imported {count} of {total} files.</source>
        <translation>{count} de {total} arquivos importados.</translation>
    </message>
</context>
<context>
    <name>KeyFileDialog</name>
    <message>
        <location filename="../../caqda/gui/privacy/key_dialog.py" line="28"/>
        <location filename="../../caqda/gui/privacy/key_dialog.py" line="72"/>
        <source>Key file</source>
        <translation>Arquivo-chave</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/key_dialog.py" line="31"/>
        <source>The key links each pseudonym to the original. It is written to a separate file, encrypted with a passphrase of at least {count} characters; keep both apart from the project. Without them the originals cannot be shown again.</source>
        <translation>A chave liga cada pseudônimo ao original. Ela é gravada num arquivo separado, cifrado com uma frase-senha de pelo menos {count} caracteres; guarde os dois longe do projeto. Sem eles, os originais não podem ser mostrados de novo.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/key_dialog.py" line="40"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/key_dialog.py" line="55"/>
        <source>Key file:</source>
        <translation>Arquivo-chave:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/key_dialog.py" line="56"/>
        <source>Passphrase:</source>
        <translation>Frase-senha:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/key_dialog.py" line="57"/>
        <source>Passphrase again:</source>
        <translation>Frase-senha de novo:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/key_dialog.py" line="72"/>
        <source>caqda key (*.caqda-key)</source>
        <translation>chave do caqda (*.caqda-key)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/key_dialog.py" line="85"/>
        <source>The two passphrases differ.</source>
        <translation>As duas frases-senha são diferentes.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../caqda/gui/menus.py" line="37"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="39"/>
        <source>&amp;New project…</source>
        <translation>&amp;Novo projeto…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="42"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="44"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="48"/>
        <source>&amp;Import documents…</source>
        <translation>&amp;Importar documentos…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="52"/>
        <source>&amp;Documents and sets…</source>
        <translation>&amp;Documentos e conjuntos…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="55"/>
        <source>Document &amp;attributes…</source>
        <translation>A&amp;tributos dos documentos…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="57"/>
        <source>&amp;Pseudonymise…</source>
        <translation>&amp;Pseudonimizar…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="58"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="60"/>
        <source>Coded &amp;segments (Word)…</source>
        <translation>&amp;Segmentos codificados (Word)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="61"/>
        <source>&amp;Codebook (Word)…</source>
        <translation>&amp;Livro de códigos (Word)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="62"/>
        <source>&amp;Agreement report (Word)…</source>
        <translation>Relatório de &amp;concordância (Word)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="63"/>
        <source>Commented &amp;transcript (Word)…</source>
        <translation>&amp;Transcrição comentada (Word)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="64"/>
        <source>&amp;Findings report (Word)…</source>
        <translation>Relatório de res&amp;ultados (Word)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="65"/>
        <source>Segments &amp;table (Excel, CSV)…</source>
        <translation>Ta&amp;bela de segmentos (Excel, CSV)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="66"/>
        <source>Code × document &amp;matrix (Excel, CSV)…</source>
        <translation>&amp;Matriz código × documento (Excel, CSV)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="67"/>
        <source>&amp;REFI-QDA project (.qdpx)…</source>
        <translation>Projeto &amp;REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="68"/>
        <source>Code&amp;book for other tools (.qdc, .csv, .xlsx)…</source>
        <translation>Livro de códigos para &amp;outros programas (.qdc, .csv, .xlsx)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="69"/>
        <source>Analysis &amp;database (SQLite)…</source>
        <translation>Banco de dados de &amp;análise (SQLite)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="73"/>
        <source>Open a REFI-QDA project (.&amp;qdpx)…</source>
        <translation>Abrir projeto REFI-QDA (.&amp;qdpx)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="75"/>
        <source>Prepare a coder&apos;s &amp;copy…</source>
        <translation>Preparar a &amp;cópia de um(a) codificador(a)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="76"/>
        <source>&amp;Merge a coder&apos;s copy…</source>
        <translation>&amp;Mesclar a cópia de um(a) codificador(a)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="79"/>
        <source>Bac&amp;k up now</source>
        <translation>Fazer cópia de segurança a&amp;gora</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="81"/>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurar de &amp;uma cópia de segurança…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="85"/>
        <source>&amp;Close project</source>
        <translation>&amp;Fechar projeto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="87"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="90"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="91"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="92"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="96"/>
        <source>Code selection &amp;with…</source>
        <translation>&amp;Codificar seleção com…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="97"/>
        <source>&amp;In-vivo code</source>
        <translation>Código &amp;in vivo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="100"/>
        <source>Code whole speaker &amp;turn…</source>
        <translation>Codificar &amp;turno de fala inteiro…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="106"/>
        <source>Code whole &amp;paragraph…</source>
        <translation>Codificar &amp;parágrafo inteiro…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="112"/>
        <source>&amp;Change code of coding…</source>
        <translation>Tr&amp;ocar código da codificação…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="113"/>
        <source>Re&amp;size coding…</source>
        <translation>&amp;Ajustar trecho da codificação…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="117"/>
        <source>Give coding the &amp;selected range</source>
        <translation>Aplicar o trecho &amp;selecionado à codificação</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="122"/>
        <source>Coding &amp;memo…</source>
        <translation>&amp;Memorando da codificação…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="126"/>
        <source>&amp;Remove coding</source>
        <translation>Remo&amp;ver codificação</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="133"/>
        <source>&amp;Codebook</source>
        <translation>&amp;Livro de códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="134"/>
        <source>&amp;New code…</source>
        <translation>&amp;Novo código…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="135"/>
        <source>New &amp;subcode…</source>
        <translation>Novo &amp;subcódigo…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="136"/>
        <source>&amp;Edit code…</source>
        <translation>&amp;Editar código…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="137"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Cor…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="139"/>
        <source>Category &amp;header (not for coding)</source>
        <translation>Cabeçalho de cate&amp;goria (não codificável)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="141"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Mesclar em…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="142"/>
        <source>&amp;Delete code…</source>
        <translation>E&amp;xcluir código…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="143"/>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="144"/>
        <source>Assign &amp;key</source>
        <translation>Atribuir &amp;tecla</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="146"/>
        <source>Key {key}</source>
        <translation>Tecla {key}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="150"/>
        <source>&amp;Analysis</source>
        <translation>A&amp;nálise</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="152"/>
        <source>Inter-coder &amp;agreement…</source>
        <translation>&amp;Concordância entre codificadores…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="155"/>
        <source>Coding &amp;query…</source>
        <translation>Consulta de c&amp;odificações…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="158"/>
        <source>Tables and c&amp;harts…</source>
        <translation>Tabelas e &amp;gráficos…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="161"/>
        <source>&amp;Search documents…</source>
        <translation>&amp;Pesquisar nos documentos…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="163"/>
        <source>Find s&amp;imilar passages…</source>
        <translation>Encontrar trechos &amp;semelhantes…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="164"/>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Trilha de auditoria…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="166"/>
        <source>&amp;Review codings…</source>
        <translation>&amp;Revisar codificações…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="169"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="170"/>
        <source>&amp;Coders</source>
        <translation>&amp;Codificadores</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="172"/>
        <source>&amp;Blind coding (hide other coders)</source>
        <translation>Codificação ce&amp;ga (ocultar os outros codificadores)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="175"/>
        <source>&amp;Snap selections to words</source>
        <translation>&amp;Ajustar seleções a palavras inteiras</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="180"/>
        <source>Go to &amp;transcript</source>
        <translation>Ir para a &amp;transcrição</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="184"/>
        <source>Go to &amp;documents</source>
        <translation>Ir para os &amp;documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="188"/>
        <source>Go to code&amp;book</source>
        <translation>Ir para o &amp;livro de códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="191"/>
        <source>&amp;Find code…</source>
        <translation>&amp;Procurar código…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/menus.py" line="196"/>
        <source>Go to coded &amp;segments</source>
        <translation>Ir para os &amp;segmentos codificados</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="88"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="91"/>
        <source>Codebook</source>
        <translation>Livro de códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="94"/>
        <source>Coded segments</source>
        <translation>Segmentos codificados</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="100"/>
        <source>Memos</source>
        <translation>Memorandos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="103"/>
        <source>Search</source>
        <translation>Pesquisa</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="198"/>
        <source>1 place found.</source>
        <translation>1 ocorrência encontrada.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="256"/>
        <source>This project has problems caqda works around: {problems} Run “caqda check --repair” to remove them.</source>
        <translation>Este projeto tem problemas que o caqda contorna: {problems} Execute “caqda check --repair” para removê-los.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="264"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Desfazer: {action}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="264"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="269"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Refazer: {action}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="269"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="441"/>
        <source>Import documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="443"/>
        <source>Transcripts and exports ({patterns});;All files (*)</source>
        <translation>Transcrições e exportações ({patterns});;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/main_window.py" line="200"/>
        <source>{count} places found.</source>
        <translation>{count} ocorrências encontradas.</translation>
    </message>
</context>
<context>
    <name>MemoActions</name>
    <message>
        <location filename="../../caqda/gui/memo_actions.py" line="53"/>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/memo_actions.py" line="73"/>
        <source>Project memo</source>
        <translation>Memorando do projeto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/memo_actions.py" line="77"/>
        <source>Memo on {name}</source>
        <translation>Memorando sobre {name}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/memo_actions.py" line="81"/>
        <source>Memo on the code “{name}”</source>
        <translation>Memorando sobre o código “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/memo_actions.py" line="83"/>
        <source>Open a document or select a code first.</source>
        <translation>Primeiro abra um documento ou selecione um código.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/memo_actions.py" line="85"/>
        <source>New memo</source>
        <translation>Novo memorando</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/memo_actions.py" line="97"/>
        <source>Edit memo</source>
        <translation>Editar memorando</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/memo_actions.py" line="106"/>
        <source>Delete this memo?</source>
        <translation>Excluir este memorando?</translation>
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
        <location filename="../../caqda/gui/models/table_models.py" line="78"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/table_models.py" line="79"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/table_models.py" line="80"/>
        <source>Memo</source>
        <translation>Memorando</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/table_models.py" line="81"/>
        <source>By</source>
        <translation>Autor(a)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/table_models.py" line="83"/>
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
    <name>MergePreviewDialog</name>
    <message>
        <location filename="../../caqda/gui/dialogs/merge_preview.py" line="26"/>
        <source>Merge “{name}”</source>
        <translation>Mesclar “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/merge_preview.py" line="35"/>
        <source>Added</source>
        <translation>Adicionadas</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/merge_preview.py" line="35"/>
        <source>Changed</source>
        <translation>Alteradas</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/merge_preview.py" line="35"/>
        <source>Deleted</source>
        <translation>Excluídas</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/merge_preview.py" line="38"/>
        <source>Codings</source>
        <translation>Codificações</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/merge_preview.py" line="38"/>
        <source>Memos</source>
        <translation>Memorandos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/merge_preview.py" line="38"/>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/merge_preview.py" line="46"/>
        <source>New documents: {documents}. New coders: {coders}.</source>
        <translation>Documentos novos: {documents}. Codificadores novos: {coders}.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/merge_preview.py" line="53"/>
        <source>Review marks added: {marks}. Settled disagreements: {added} added, {withdrawn} withdrawn or replaced.</source>
        <translation>Marcas de revisão adicionadas: {marks}. Discordâncias resolvidas: {added} adicionadas, {withdrawn} retiradas ou substituídas.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/merge_preview.py" line="65"/>
        <source>Document set changes: {sets}. Attribute values set: {values}.</source>
        <translation>Mudanças em conjuntos de documentos: {sets}. Valores de atributos definidos: {values}.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/merge_preview.py" line="75"/>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/merge_preview.py" line="79"/>
        <source>Note: {note}</source>
        <translation>Observação: {note}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/merge_preview.py" line="82"/>
        <source>Conflicts ({count}): nothing is resolved silently; each is listed with what was kept.</source>
        <translation>Conflitos ({count}): nada é resolvido em silêncio; cada um aparece com o que foi mantido.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/merge_preview.py" line="85"/>
        <source>No conflicts.</source>
        <translation>Nenhum conflito.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/merge_preview.py" line="90"/>
        <source>The merge is one step: Edit › Undo puts the project back as it was.</source>
        <translation>A mesclagem é um único passo: Editar › Desfazer devolve o projeto ao estado anterior.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/merge_preview.py" line="96"/>
        <source>&amp;Merge</source>
        <translation>&amp;Mesclar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/merge_preview.py" line="100"/>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/merge_preview.py" line="125"/>
        <source>Nothing to merge: this project already has everything in “{name}”.</source>
        <translation>Nada a mesclar: este projeto já tem tudo o que há em “{name}”.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/merge_preview.py" line="129"/>
        <source>Merging “{name}” will change this project as follows.</source>
        <translation>Mesclar “{name}” mudará este projeto assim:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/merge_preview.py" line="133"/>
        <source>Merging {coder}&apos;s copy (handed out {when} UTC) will change this project as follows.</source>
        <translation>Mesclar a cópia de {coder} (entregue em {when} UTC) mudará este projeto assim:</translation>
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
    <name>PrivacyCommands</name>
    <message>
        <location filename="../../caqda/gui/privacy/commands.py" line="33"/>
        <source>Pseudonymise {count} places</source>
        <translation>Pseudonimizar {count} trechos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/commands.py" line="68"/>
        <source>Always flag “{text}”</source>
        <translation>Sempre apontar “{text}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/commands.py" line="69"/>
        <source>Never flag “{text}”</source>
        <translation>Nunca apontar “{text}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/commands.py" line="71"/>
        <source>Forget the rule for “{text}”</source>
        <translation>Esquecer a regra para “{text}”</translation>
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
    <name>PseudonymiseWindow</name>
    <message>
        <location filename="../../caqda/gui/privacy/pseudonymise_window.py" line="53"/>
        <source>Pseudonymise</source>
        <translation>Pseudonimizar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/pseudonymise_window.py" line="57"/>
        <source>Names to look for as well, separated by commas</source>
        <translation>Nomes a procurar também, separados por vírgulas</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/pseudonymise_window.py" line="58"/>
        <source>&amp;Scan</source>
        <translation>&amp;Varrer</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/pseudonymise_window.py" line="62"/>
        <source>Also look for:</source>
        <translation>Procurar também:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/pseudonymise_window.py" line="72"/>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/pseudonymise_window.py" line="73"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/pseudonymise_window.py" line="74"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/pseudonymise_window.py" line="75"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/pseudonymise_window.py" line="76"/>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/pseudonymise_window.py" line="77"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/pseudonymise_window.py" line="78"/>
        <source>Found by</source>
        <translation>Encontrado por</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/pseudonymise_window.py" line="79"/>
        <source>Pseudonym (blank: automatic)</source>
        <translation>Pseudônimo (vazio: automático)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/pseudonymise_window.py" line="99"/>
        <source>Tick &amp;all</source>
        <translation>Marcar &amp;todos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/pseudonymise_window.py" line="100"/>
        <source>&amp;Untick all</source>
        <translation>&amp;Desmarcar todos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/pseudonymise_window.py" line="101"/>
        <source>Al&amp;ways flag this text</source>
        <translation>&amp;Sempre apontar este texto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/pseudonymise_window.py" line="102"/>
        <source>&amp;Never flag this text</source>
        <translation>&amp;Nunca apontar este texto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/pseudonymise_window.py" line="103"/>
        <source>&amp;Replace ticked…</source>
        <translation>Substituir os &amp;marcados…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/pseudonymise_window.py" line="114"/>
        <source>Untick what is not identifying. Double-click a text to shorten or widen it, or a pseudonym to choose it; the same person gets the same pseudonym everywhere.</source>
        <translation>Desmarque o que não identifica ninguém. Clique duas vezes num texto para encurtá-lo ou alargá-lo, ou num pseudônimo para escolhê-lo; a mesma pessoa recebe o mesmo pseudônimo em todo lugar.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/pseudonymise_window.py" line="171"/>
        <source>{count} candidates.</source>
        <translation>{count} candidatos.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/pseudonymise_window.py" line="182"/>
        <source>Select a candidate first.</source>
        <translation>Selecione um candidato primeiro.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/pseudonymise_window.py" line="221"/>
        <source>“{text}” is not in the context of the candidate; edit it to a part of the passage.</source>
        <translation>“{text}” não está no contexto do candidato; edite-o para uma parte do trecho.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/pseudonymise_window.py" line="240"/>
        <source>Nothing is ticked: nothing to replace.</source>
        <translation>Nada está marcado: nada a substituir.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/privacy/pseudonymise_window.py" line="248"/>
        <source>Replaced {count} places; the key is in {path}.</source>
        <translation>{count} trechos substituídos; a chave está em {path}.</translation>
    </message>
</context>
<context>
    <name>QueryWindow</name>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="61"/>
        <source>Coding query — caqda</source>
        <translation>Consulta de codificações — caqda</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="65"/>
        <source>e.g. Complaint AND NOT &quot;Responding to interactions&quot;</source>
        <translation>p. ex. Complaint AND NOT &quot;Responding to interactions&quot;</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="69"/>
        <source>overlapping text</source>
        <translation>texto sobreposto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="70"/>
        <source>the same sentence</source>
        <translation>a mesma frase</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="71"/>
        <source>the same paragraph</source>
        <translation>o mesmo parágrafo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="72"/>
        <source>the same speaker turn</source>
        <translation>o mesmo turno de fala</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="73"/>
        <source>the same document</source>
        <translation>o mesmo documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="78"/>
        <source>Department=Nursing; several separated by ;</source>
        <translation>Department=Nursing; várias separadas por ;</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="80"/>
        <source>E05, Interviewer (empty: everyone)</source>
        <translation>E05, Interviewer (vazio: todos)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="90"/>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="93"/>
        <source>Save query…</source>
        <translation>Salvar consulta…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="95"/>
        <source>Code passages with a new code…</source>
        <translation>Codificar os trechos com um novo código…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="97"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="120"/>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="121"/>
        <source>AND, NOT within</source>
        <translation>AND, NOT dentro de</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="122"/>
        <source>Documents where</source>
        <translation>Documentos onde</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="123"/>
        <source>Speakers</source>
        <translation>Falantes</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="124"/>
        <source>Saved queries</source>
        <translation>Consultas salvas</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="128"/>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="131"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="137"/>
        <source>Codes by name or path (Parent › Child); in quotes when a name holds AND, OR or NOT. AND: coded by both; OR: either; NOT: not coded so; A WITHIN 200 B, A WITHIN turn B; A FOLLOWED BY B.</source>
        <translation>Códigos pelo nome ou caminho (Pai › Filho); entre aspas quando o nome contém AND, OR ou NOT. AND: codificado com ambos; OR: com qualquer um; NOT: não codificado assim; A WITHIN 200 B, A WITHIN turn B; A FOLLOWED BY B.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="177"/>
        <source>No document is checked: check the documents to query.</source>
        <translation>Nenhum documento está marcado: marque os documentos a consultar.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="179"/>
        <source>No coder is checked: check the coders whose codings count.</source>
        <translation>Nenhum codificador está marcado: marque os codificadores cujas codificações contam.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="191"/>
        <source>{passages} passages in {documents} documents.</source>
        <translation>{passages} trechos em {documents} documentos.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="208"/>
        <source>(choose a saved query)</source>
        <translation>(escolha uma consulta salva)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="227"/>
        <source>Save query</source>
        <translation>Salvar consulta</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="227"/>
        <source>Name of the query:</source>
        <translation>Nome da consulta:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="250"/>
        <source>Code passages</source>
        <translation>Codificar trechos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="250"/>
        <source>Name of the new code for these passages:</source>
        <translation>Nome do novo código para estes trechos:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="257"/>
        <source>Coded {count} passages as “{name}”.</source>
        <translation>{count} trechos codificados como “{name}”.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="270"/>
        <source>Export passages</source>
        <translation>Exportar trechos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="272"/>
        <source>Word (*.docx);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Word (*.docx);;Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/query_window.py" line="277"/>
        <source>Wrote {path}.</source>
        <translation>Gravado {path}.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../caqda/gui/dialogs/restore_backup.py" line="21"/>
        <source>when the project opened</source>
        <translation>ao abrir o projeto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/restore_backup.py" line="22"/>
        <source>during work</source>
        <translation>durante o trabalho</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/restore_backup.py" line="23"/>
        <source>by hand</source>
        <translation>manualmente</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/restore_backup.py" line="24"/>
        <source>before a restore</source>
        <translation>antes de uma restauração</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/restore_backup.py" line="25"/>
        <source>before a repair</source>
        <translation>antes de um reparo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/restore_backup.py" line="33"/>
        <source>Restore from backup</source>
        <translation>Restaurar de uma cópia de segurança</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/restore_backup.py" line="37"/>
        <source>Choose the backup of {name} to put in its place. The project as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>Escolha a cópia de segurança de {name} que ficará no lugar dele. Antes, o projeto como está agora é copiado, de modo que a própria restauração pode ser desfeita.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/restore_backup.py" line="44"/>
        <source>Made</source>
        <translation>Feita em</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/restore_backup.py" line="44"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/restore_backup.py" line="44"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/restore_backup.py" line="54"/>
        <source>{size:.1f} MB</source>
        <translation>{size:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/dialogs/restore_backup.py" line="68"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>ReviewMarks</name>
    <message>
        <location filename="../../caqda/gui/review/review_commands.py" line="47"/>
        <source>✓ Approved</source>
        <translation>✓ Aprovada</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_commands.py" line="48"/>
        <source>✗ Rejected</source>
        <translation>✗ Rejeitada</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_commands.py" line="49"/>
        <source>? To discuss</source>
        <translation>? A discutir</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_commands.py" line="50"/>
        <source>Unreviewed</source>
        <translation>Não revisada</translation>
    </message>
</context>
<context>
    <name>ReviewSummaryDialog</name>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="329"/>
        <source>Review summary</source>
        <translation>Resumo da revisão</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="332"/>
        <source>Per coder</source>
        <translation>Por codificador(a)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="332"/>
        <source>Per code</source>
        <translation>Por código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="334"/>
        <source>Coder</source>
        <translation>Codificador(a)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="334"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="335"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="52"/>
        <source>Review codings — caqda</source>
        <translation>Revisar codificações — caqda</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="64"/>
        <source>All codes</source>
        <translation>Todos os códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="68"/>
        <source>All coders</source>
        <translation>Todos os codificadores</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="71"/>
        <source>All documents</source>
        <translation>Todos os documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="73"/>
        <source>Only unreviewed</source>
        <translation>Só as não revisadas</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="80"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="81"/>
        <source>Coder</source>
        <translation>Codificador(a)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="82"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="102"/>
        <source>Comment (optional), saved with the next mark</source>
        <translation>Comentário (opcional), salvo com a próxima marca</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="104"/>
        <source>Go to the next coding after marking</source>
        <translation>Ir para a próxima codificação depois de marcar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="111"/>
        <source>← Previous (K)</source>
        <translation>← Anterior (K)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="112"/>
        <source>✓ Approve (A)</source>
        <translation>✓ Aprovar (A)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="113"/>
        <source>✗ Reject (R)</source>
        <translation>✗ Rejeitar (R)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="114"/>
        <source>? Discuss (D)</source>
        <translation>? Discutir (D)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="115"/>
        <source>Clear mark (C)</source>
        <translation>Limpar marca (C)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="116"/>
        <source>Next (J) →</source>
        <translation>Próxima (J) →</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="117"/>
        <source>Summary…</source>
        <translation>Resumo…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="179"/>
        <source>No codings to review with these choices.</source>
        <translation>Nenhuma codificação a revisar com estas escolhas.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="231"/>
        <source>Coding {n} of {total}</source>
        <translation>Codificação {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="233"/>
        <source>Coding {n} of {total} (removed since)</source>
        <translation>Codificação {n} de {total} (removida desde então)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="250"/>
        <source>&lt;b&gt;{code}&lt;/b&gt; — coded by {coder} in {document} ({start}–{end})</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; — codificado por {coder} em {document} ({start}–{end})</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="258"/>
        <source>Memo: &lt;i&gt;{memo}&lt;/i&gt;</source>
        <translation>Memorando: &lt;i&gt;{memo}&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="270"/>
        <source>{reviewer}: &lt;b style=&apos;color: {color}&apos;&gt;{mark}&lt;/b&gt;</source>
        <translation>{reviewer}: &lt;b style=&apos;color: {color}&apos;&gt;{mark}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/review/review_window.py" line="278"/>
        <source>Not reviewed yet.</source>
        <translation>Ainda não revisada.</translation>
    </message>
</context>
<context>
    <name>ScoresDialog</name>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="282"/>
        <source>Coders against the consensus ({name})</source>
        <translation>Codificadores em relação ao consenso ({name})</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="283"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="283"/>
        <source>Coder</source>
        <translation>Codificador(a)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="283"/>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="284"/>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="284"/>
        <source>Recall</source>
        <translation>Revocação</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="284"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="284"/>
        <source>κ (characters)</source>
        <translation>κ (caracteres)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="288"/>
        <source>character</source>
        <translation>caractere</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="288"/>
        <source>segment</source>
        <translation>segmento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/agreement/adjudication_panel.py" line="302"/>
        <source>The consensus is the standard: precision is the share of a coder&apos;s coding the consensus keeps, recall the share of the consensus the coder found.</source>
        <translation>O consenso é a referência: precisão é a parte da codificação de um(a) codificador(a) que o consenso mantém; revocação, a parte do consenso que o(a) codificador(a) encontrou.</translation>
    </message>
</context>
<context>
    <name>SearchActions</name>
    <message>
        <location filename="../../caqda/gui/search_actions.py" line="68"/>
        <source>Coded {count} places as “{name}”.</source>
        <translation>{count} ocorrências codificadas como “{name}”.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/search_actions.py" line="71"/>
        <source>Nothing new to code: all {count} places were already coded as “{name}”.</source>
        <translation>Nada novo a codificar: todas as {count} ocorrências já estavam codificadas como “{name}”.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="141"/>
        <source>Search all documents…</source>
        <translation>Pesquisar em todos os documentos…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="146"/>
        <source>Contains</source>
        <translation>Contém</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="147"/>
        <source>Whole word</source>
        <translation>Palavra inteira</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="148"/>
        <source>Phrase</source>
        <translation>Frase</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="149"/>
        <source>Fuzzy</source>
        <translation>Aproximada</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="150"/>
        <source>Regular expression</source>
        <translation>Expressão regular</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="155"/>
        <source>Contains: the letters anywhere, even inside words. Whole word: only whole words. Phrase: these words in this order. Fuzzy: also misspellings and variants. Regular expression: a Python pattern. Case and accents are ignored (a regular expression ignores case only).</source>
        <translation>Contém: as letras em qualquer lugar, mesmo dentro de palavras. Palavra inteira: só palavras inteiras. Frase: estas palavras nesta ordem. Aproximada: também erros de digitação e variantes. Expressão regular: um padrão Python. Maiúsculas e acentos são ignorados (uma expressão regular ignora só as maiúsculas).</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="163"/>
        <source>match ≥ </source>
        <translation>semelhança ≥ </translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="164"/>
        <source>How close a variant must be: 99 nearly exact, 50 very loose</source>
        <translation>Quão parecida uma variante deve ser: 99 quase exata, 50 muito solta</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="166"/>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="176"/>
        <source>Only what this speaker says</source>
        <translation>Só o que este falante diz</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="177"/>
        <source>Any speaker</source>
        <translation>Qualquer falante</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="187"/>
        <source>Only the documents of this document set</source>
        <translation>Apenas os documentos deste conjunto de documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="190"/>
        <source>Attribute, e.g. Department=Nursing</source>
        <translation>Atributo, p. ex. Departamento=Enfermagem</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="195"/>
        <source>Speaker:</source>
        <translation>Falante:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="196"/>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="197"/>
        <source>Document:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="207"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="208"/>
        <source>Write every place found to Excel or Word</source>
        <translation>Gravar todas as ocorrências encontradas em Excel ou Word</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="211"/>
        <source>the hits</source>
        <translation>as ocorrências</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="212"/>
        <source>their sentences</source>
        <translation>suas frases</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="213"/>
        <source>their paragraphs</source>
        <translation>seus parágrafos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="214"/>
        <source>their speaker turns</source>
        <translation>seus turnos de fala</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="215"/>
        <source>Code all…</source>
        <translation>Codificar todas…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="308"/>
        <source>1 place in 1 document</source>
        <translation>1 ocorrência em 1 documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="310"/>
        <source>{count} places in 1 document, all listed</source>
        <translation>{count} ocorrências em 1 documento, todas listadas</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="312"/>
        <source>{count} places in {documents} documents, all listed</source>
        <translation>{count} ocorrências em {documents} documentos, todas listadas</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="317"/>
        <source>No places found.</source>
        <translation>Nenhuma ocorrência encontrada.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="348"/>
        <source>All text</source>
        <translation>Todo o texto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="349"/>
        <source>Only coded text</source>
        <translation>Só texto codificado</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="350"/>
        <source>Only uncoded text</source>
        <translation>Só texto não codificado</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="354"/>
        <source>Coded “{name}”</source>
        <translation>Codificado “{name}”</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="360"/>
        <source>Any document set</source>
        <translation>Qualquer conjunto de documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="370"/>
        <source>All documents</source>
        <translation>Todos os documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="392"/>
        <source>Export search results</source>
        <translation>Exportar resultados da pesquisa</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="394"/>
        <source>Excel workbook (*.xlsx);;Word document (*.docx)</source>
        <translation>Pasta de trabalho Excel (*.xlsx);;Documento Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/search_panel.py" line="404"/>
        <source>Wrote {count} places to {name}.</source>
        <translation>{count} ocorrências gravadas em {name}.</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <location filename="../../caqda/gui/models/segments_model.py" line="31"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/segments_model.py" line="32"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/segments_model.py" line="33"/>
        <source>Coder</source>
        <translation>Codificador(a)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/segments_model.py" line="34"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/segments_model.py" line="35"/>
        <source>Memo</source>
        <translation>Memorando</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/models/segments_model.py" line="36"/>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <location filename="../../caqda/gui/views/segments_panel.py" line="57"/>
        <source>Selected code, all documents</source>
        <translation>Código selecionado, todos os documentos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/segments_panel.py" line="57"/>
        <source>Current document, all codes</source>
        <translation>Documento atual, todos os códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/segments_panel.py" line="76"/>
        <source>All review marks</source>
        <translation>Todas as marcas de revisão</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/segments_panel.py" line="77"/>
        <source>Approved</source>
        <translation>Aprovadas</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/segments_panel.py" line="78"/>
        <source>Rejected</source>
        <translation>Rejeitadas</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/segments_panel.py" line="79"/>
        <source>To discuss</source>
        <translation>A discutir</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/segments_panel.py" line="80"/>
        <source>Unreviewed</source>
        <translation>Não revisadas</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/segments_panel.py" line="127"/>
        <source>No document matches the set and condition.</source>
        <translation>Nenhum documento corresponde ao conjunto e à condição.</translation>
    </message>
</context>
<context>
    <name>SimilarCommands</name>
    <message>
        <location filename="../../caqda/gui/similar/commands.py" line="14"/>
        <source>Dismiss a suggestion</source>
        <translation>Descartar uma sugestão</translation>
    </message>
</context>
<context>
    <name>SimilarWindow</name>
    <message>
        <location filename="../../caqda/gui/similar/similar_window.py" line="54"/>
        <source>Similar passages</source>
        <translation>Trechos semelhantes</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/similar/similar_window.py" line="59"/>
        <source>Sentences</source>
        <translation>Frases</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/similar/similar_window.py" line="60"/>
        <source>Paragraphs</source>
        <translation>Parágrafos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/similar/similar_window.py" line="61"/>
        <source>Speaker turns</source>
        <translation>Turnos de fala</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/similar/similar_window.py" line="69"/>
        <source>Compare:</source>
        <translation>Comparar:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/similar/similar_window.py" line="71"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/similar/similar_window.py" line="74"/>
        <source>Like the selected &amp;code</source>
        <translation>Como o &amp;código selecionado</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/similar/similar_window.py" line="75"/>
        <source>Like the &amp;selected text</source>
        <translation>Como o texto &amp;selecionado</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/similar/similar_window.py" line="79"/>
        <source>Select a code in the codebook, then Like the selected code.</source>
        <translation>Selecione um código no livro de códigos e clique em Como o código selecionado.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/similar/similar_window.py" line="86"/>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/similar/similar_window.py" line="87"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/similar/similar_window.py" line="88"/>
        <source>Suggestion</source>
        <translation>Sugestão</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/similar/similar_window.py" line="89"/>
        <source>Most similar coded passage</source>
        <translation>Trecho codificado mais semelhante</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/similar/similar_window.py" line="105"/>
        <source>&amp;Accept (code it)</source>
        <translation>&amp;Aceitar (codificar)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/similar/similar_window.py" line="106"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/similar/similar_window.py" line="124"/>
        <location filename="../../caqda/gui/similar/similar_window.py" line="184"/>
        <source>Select a code in the codebook first.</source>
        <translation>Primeiro selecione um código no livro de códigos.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/similar/similar_window.py" line="134"/>
        <source>Select some text in the transcript first.</source>
        <translation>Primeiro selecione um texto na transcrição.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/similar/similar_window.py" line="170"/>
        <source>{count} suggestions; accepting codes them as “{code}”.</source>
        <translation>{count} sugestões; aceitar as codifica como “{code}”.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/similar/similar_window.py" line="174"/>
        <source>{count} suggestions.</source>
        <translation>{count} sugestões.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/similar/similar_window.py" line="181"/>
        <source>Select a suggestion first.</source>
        <translation>Primeiro selecione uma sugestão.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../caqda/gui/views/start_page.py" line="37"/>
        <source>Welcome to caqda</source>
        <translation>Bem-vindo ao caqda</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/start_page.py" line="45"/>
        <source>Code interview transcripts and social-media posts, compare coders and settle their disagreements. Start with the demo project to look around, or begin your own.</source>
        <translation>Codifique transcrições de entrevistas e publicações em redes sociais, compare codificadores e resolva as discordâncias entre eles. Comece pelo projeto de demonstração para conhecer o programa, ou inicie o seu.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/start_page.py" line="54"/>
        <source>Open the &amp;demo project</source>
        <translation>Abrir o projeto de &amp;demonstração</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/start_page.py" line="55"/>
        <source>&amp;New project…</source>
        <translation>&amp;Novo projeto…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/start_page.py" line="56"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/start_page.py" line="57"/>
        <source>Open a REFI-QDA project (.&amp;qdpx)…</source>
        <translation>Abrir um projeto REFI-QDA (.&amp;qdpx)…</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/start_page.py" line="68"/>
        <source>Recent projects</source>
        <translation>Projetos recentes</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/start_page.py" line="90"/>
        <source>{name} (missing)</source>
        <translation>{name} (não encontrado)</translation>
    </message>
</context>
<context>
    <name>StripeArea</name>
    <message>
        <location filename="../../caqda/gui/views/transcript_margins.py" line="256"/>
        <source>✓ approved</source>
        <translation>✓ aprovada</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/transcript_margins.py" line="257"/>
        <source>✗ rejected</source>
        <translation>✗ rejeitada</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/transcript_margins.py" line="258"/>
        <source>? to discuss</source>
        <translation>? a discutir</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/views/transcript_margins.py" line="261"/>
        <source>Review: {mark}</source>
        <translation>Revisão: {mark}</translation>
    </message>
</context>
<context>
    <name>TablesWindow</name>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="52"/>
        <source>Tables and charts — caqda</source>
        <translation>Tabelas e gráficos — caqda</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="57"/>
        <source>Code frequencies</source>
        <translation>Frequências dos códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="58"/>
        <source>Code × document matrix</source>
        <translation>Matriz código × documento</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="59"/>
        <source>Code co-occurrence</source>
        <translation>Coocorrência de códigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="60"/>
        <source>Value-sphere profile</source>
        <translation>Perfil das esferas de valor</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="61"/>
        <source>Social media: answers</source>
        <translation>Redes sociais: respostas</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="67"/>
        <source>codings</source>
        <translation>codificações</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="68"/>
        <source>row %</source>
        <translation>% da linha</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="69"/>
        <source>column %</source>
        <translation>% da coluna</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="70"/>
        <source>present (1/0)</source>
        <translation>presente (1/0)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="75"/>
        <source>overlapping</source>
        <translation>sobrepostas</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="76"/>
        <source>in the same speaker turn</source>
        <translation>no mesmo turno de fala</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="77"/>
        <source>within 100 characters</source>
        <translation>a até 100 caracteres</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="78"/>
        <source>within 500 characters</source>
        <translation>a até 500 caracteres</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="81"/>
        <source>Jaccard instead of counts</source>
        <translation>Jaccard em vez de contagens</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="82"/>
        <source>Parent codes count their subcodes</source>
        <translation>Códigos pais contam seus subcódigos</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="83"/>
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
        <location filename="../../caqda/gui/analysis/tables_window.py" line="284"/>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="326"/>
        <source>Wrote {path}.</source>
        <translation>Gravado {path}.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="298"/>
        <source>{count} codings behind {row} / {column}.</source>
        <translation>{count} codificações por trás de {row} / {column}.</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="319"/>
        <source>Export table</source>
        <translation>Exportar tabela</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/analysis/tables_window.py" line="321"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <location filename="../../caqda/gui/team_actions.py" line="81"/>
        <source>Wrote a blind copy for {coder}: {path} ({codings} codings; {left} codings of other coders left out).</source>
        <translation>Cópia cega gravada para {coder}: {path} ({codings} codificações; {left} codificações de outros codificadores ficaram de fora).</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/team_actions.py" line="85"/>
        <source>Wrote a copy for {coder}: {path} ({codings} codings).</source>
        <translation>Cópia gravada para {coder}: {path} ({codings} codificações).</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/team_actions.py" line="101"/>
        <source>Merge a coder&apos;s copy</source>
        <translation>Mesclar a cópia de um(a) codificador(a)</translation>
    </message>
    <message>
        <location filename="../../caqda/gui/team_actions.py" line="103"/>
        <source>caqda projects (*.caqda)</source>
        <translation>Projetos do caqda (*.caqda)</translation>
    </message>
</context>
</TS>
