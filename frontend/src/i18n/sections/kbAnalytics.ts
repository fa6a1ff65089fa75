/**
 * Messages of the 检索分析 page (`kb.ana.*`), merged into `zh-CN.ts` /
 * `en-US.ts`. The English table must have the same keys.
 */
export const kbAnalyticsZhCN = {
  'nav.kbAnalytics': '检索分析',

  'kb.ana.subtitle':
    '坐席在知识库里搜了什么、哪些搜不到、哪些搜到了却没人点开，以及从未被搜到的文章。查询中的手机号、证件号已在保存前替换为「[号码]」',
  'kb.ana.period': '近 {days} 天',
  'kb.ana.refresh': '刷新',
  'kb.ana.semanticOn': '语义检索：已启用',
  'kb.ana.semanticOnHint':
    '检索同时使用语义模型（多语种句向量）：说法不同但意思相同的问题，如「网速慢」与「宽带速率低」，也能找到对应文章',
  'kb.ana.semanticOff': '语义检索：未安装',
  'kb.ana.semanticOffHint':
    '语义模型未安装，检索仅按词语匹配，说法不同的问题需要靠同义词表。运维人员运行 scripts/fetch-model.sh 后重启服务即可启用',
  'kb.ana.searches': '检索次数',
  'kb.ana.distinct': '不同查询',
  'kb.ana.zeroRate': '无结果率',
  'kb.ana.openRate': '点击率（有结果的检索）',
  'kb.ana.useRate': '采用率（用于投诉登记）',

  'kb.ana.tab.TOP': '热门检索',
  'kb.ana.tab.ZERO_RESULT': '无结果检索',
  'kb.ana.tab.UNOPENED': '有结果未点击',
  'kb.ana.tab.NEVER_FOUND': '从未被检出的文章',

  'kb.ana.col.query': '查询',
  'kb.ana.col.searches': '次数',
  'kb.ana.col.results': '平均结果数',
  'kb.ana.col.opened': '点开',
  'kb.ana.col.used': '采用',
  'kb.ana.col.last': '最近一次',
  'kb.ana.col.title': '文章',
  'kb.ana.col.category': '分类',
  'kb.ana.col.publishedAt': '发布时间',
  'kb.ana.none': '无结果',
  'kb.ana.more': '加载更多',
  'kb.ana.allLoaded': '共 {count} 条，已全部加载',
  'kb.ana.neverFoundHint':
    '这些已发布文章在所选时间内没有出现在任何一次检索的前 10 条结果中：标题、场景描述是否用了客户的说法？是否需要补充同义词？',

  'kb.ana.empty.TOP': '所选时间内还没有检索记录',
  'kb.ana.empty.ZERO_RESULT': '所选时间内没有无结果的检索',
  'kb.ana.empty.UNOPENED': '所选时间内每个有结果的查询都有人点开过',
  'kb.ana.empty.NEVER_FOUND': '所选时间内每篇已发布文章都被检出过',
} as const;

export const kbAnalyticsEnUS: Record<keyof typeof kbAnalyticsZhCN, string> = {
  'nav.kbAnalytics': 'Search analytics',

  'kb.ana.subtitle':
    'What agents searched the knowledge base for, what found nothing, what was found but never opened, and the articles no search brought up. Phone and ID numbers in queries were replaced by a placeholder before storing',
  'kb.ana.period': 'Last {days} days',
  'kb.ana.refresh': 'Refresh',
  'kb.ana.semanticOn': 'Semantic search: on',
  'kb.ana.semanticOnHint':
    'Searches also use the sentence encoder: a problem described in other words (a slow connection, a low broadband rate) still finds its article',
  'kb.ana.semanticOff': 'Semantic search: not installed',
  'kb.ana.semanticOffHint':
    'The sentence encoder is not installed, so searches match words only and other phrasings rely on the synonym list. An operator runs scripts/fetch-model.sh and restarts the server to turn it on',
  'kb.ana.searches': 'Searches',
  'kb.ana.distinct': 'Distinct queries',
  'kb.ana.zeroRate': 'Zero-result rate',
  'kb.ana.openRate': 'Open rate (searches with results)',
  'kb.ana.useRate': 'Use rate (put on a complaint)',

  'kb.ana.tab.TOP': 'Top queries',
  'kb.ana.tab.ZERO_RESULT': 'Zero results',
  'kb.ana.tab.UNOPENED': 'Found, never opened',
  'kb.ana.tab.NEVER_FOUND': 'Articles never found',

  'kb.ana.col.query': 'Query',
  'kb.ana.col.searches': 'Searches',
  'kb.ana.col.results': 'Avg. results',
  'kb.ana.col.opened': 'Opened',
  'kb.ana.col.used': 'Used',
  'kb.ana.col.last': 'Last searched',
  'kb.ana.col.title': 'Article',
  'kb.ana.col.category': 'Category',
  'kb.ana.col.publishedAt': 'Published',
  'kb.ana.none': 'None',
  'kb.ana.more': 'Load more',
  'kb.ana.allLoaded': '{count} rows, all loaded',
  'kb.ana.neverFoundHint':
    'These published articles were not among the first 10 results of any search in the period. Do their titles and scenarios use the words callers use? Is a synonym missing?',

  'kb.ana.empty.TOP': 'No searches in the period yet',
  'kb.ana.empty.ZERO_RESULT': 'No search in the period found nothing',
  'kb.ana.empty.UNOPENED': 'Every query with results had one opened',
  'kb.ana.empty.NEVER_FOUND': 'Every published article was found in the period',
} as const;
