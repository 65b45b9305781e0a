/** Public IP retrieval platforms: seed 004 appendix A (17 sites), as printed there. */
export const PLATFORMS: Array<{ name: string; url: string }> = [
  { name: '国家知识产权公共服务网站', url: 'https://ggfw.cnipa.gov.cn' },
  { name: '专利信息服务平台网站', url: 'http://search.cnipr.com/' },
  { name: '智南针网站', url: 'https://www.worldip.cn/' },
  { name: '北京市海外知识产权公共服务信息库网站', url: 'https://ipglobal.beijingip.cn/' },
  { name: '专利检索及分析网站', url: 'https://pss-system.cponline.cnipa.gov.cn' },
  { name: '中国专利公布公告网站', url: 'http://epub.cnipa.gov.cn/' },
  { name: '世界知识产权组织网站', url: 'https://www.wipo.int/patentscope/en/' },
  { name: '欧洲专利局网站', url: 'https://worldwide.espacenet.com/patent/' },
  { name: '美国专利商标局网站', url: 'https://portal.uspto.gov/pair/PublicPair' },
  { name: '日本特许厅网站', url: 'https://www.j-platpat.inpit.go.jp/' },
  { name: '韩国知识产权局网站', url: 'https://www.kipo.go.kr/en/' },
  // The standard prints "http:/www.beijingip.cn" (one slash); the intended address is below.
  { name: '北京市知识产权公共信息服务平台网站', url: 'http://www.beijingip.cn' },
  { name: '外观设计专利检索公共服务系统网站', url: 'http://d.cnipa.gov.cn' },
  { name: '国家重点产业专利信息服务平台网站', url: 'http://chinaip.cnipa.gov.cn' },
  { name: '知识产权数据资源公共服务系统网站', url: 'https://ipdps.cnipa.gov.cn/#/' },
  { name: '欧盟商标查询系统网站', url: 'https://eutms.gpic.gd.cn/' },
  { name: '国家知识产权局商标局中国商标网站', url: 'https://sbj.cnipa.gov.cn' },
];
