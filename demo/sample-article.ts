/** An invented news article, written for Claimmark's demo and tests; no real publication's text. */
export const sampleArticle = {
  url: 'https://example.org/news/2026/03/vellmoor-council-approves-tram-extension',
  title: 'Vellmoor council approves €48.5m tram extension despite cost warnings',
  publisher: 'The Vellmoor Gazette',
  author: 'Aled Hartwick',
  published: '2026-03-13T07:45:00+01:00',
  html: `<p>Vellmoor Regional Council voted on Thursday to press ahead with a €48.5 million extension of the city’s tram network, despite warnings from its own auditors that the scheme could run over budget and a petition against the route signed by more than 3,200 residents.</p>
<p>The plan, <strong>approved by 31 votes to 18</strong> at a meeting on 12 March 2026, would add 4.2 kilometres and six stops to the eastern line, linking the city centre with the Saltmarsh Road estates and the Kilnworth business park. Construction is due to begin in spring 2027, with the first passenger services expected in late 2029.</p>
<p>“This is the most important investment in public transport this region has made in a generation,” said Sigrid Løvstad, the chair of the transport committee of Vellmoor Regional Council. “Families in Saltmarsh Road have waited far too long for a reliable connection to jobs and schools.”</p>
<p>Ridership has grown steadily in recent years. According to Vellmoor Transit’s annual report, the network carried 11.8 million passengers in 2025, up 7% on the previous year, making it the third-largest light-rail system in the country by passenger numbers.</p>
<h2>Questions over cost</h2>
<p>The council’s audit office has been more cautious. In its <em>Light Rail Risk Review</em>, published in February, it found that comparable tram projects had exceeded their budgets by an average of 23%, and warned that the council had set aside a contingency of only €2.1 million.</p>
<p>Councillor Bram Eddowes, who leads the opposition Independent group, said that the council had not published a full business case and that residents had been given only three weeks to comment on the final route.</p>
<p>Eddowes told the Gazette: “Nobody here is against better trams. But we are being asked to sign a blank cheque, and the people of Kilnworth will be the ones paying for it through their council tax.”</p>
<p>The opposition’s objections centre on three points:</p>
<ul>
<li>the cost of moving gas and water mains under Ferrier Street, which has not yet been surveyed;</li>
<li>the loss of 140 parking spaces along the route;</li>
<li>a planned fares increase of 4.5% from January 2027.</li>
</ul>
<p>The regional transport ministry, which is contributing €19 million towards the scheme, claimed that the extension would take around 2,600 car journeys off the road every weekday. In a statement, a ministry spokesperson denied that its funding was conditional on the fares increase, calling reports to that effect inaccurate.</p>
<h2>Residents divided</h2>
<p>The petition, delivered to the council on 3 March, reads in part:</p>
<blockquote><p>We, the undersigned residents of Saltmarsh Road and Kilnworth, ask the council to delay any final decision until an independent review of the costs has been published.</p></blockquote>
<p>Along the proposed route, opinion is mixed. “I’m not against the tram,” said Renée Castaldo, who runs a bakery near the planned terminus at Orchard Cross, “but two years of roadworks outside my front door could finish off a small business like mine.”</p>
<p>Castaldo said that the council had offered affected traders compensation of up to €15,000 each, which she described as far too little for a business that depends on passing trade.</p>
<p>Løvstad rejected the suggestion that the council had acted in haste. “We have consulted on this route three times since 2022, and the eastern line is the only corridor in the city where demand already exceeds capacity at peak times,” she said.</p>
<p>She added that the committee would publish a revised risk assessment before work begins and that the 2027–2029 construction timetable had been planned to keep at least one lane of Ferrier Street open throughout.</p>
<p>The council will now apply for planning consent, with a public inquiry expected in the autumn. Maps of the route and a summary of the consultation are available on the <a href="https://example.org/vellmoor/tram-extension">council’s project page</a>, and the audit office’s <a href="https://example.org/vellmoor/audit/light-rail-risk-review-2026">full report</a> can be read online.</p>`,
} as const;
