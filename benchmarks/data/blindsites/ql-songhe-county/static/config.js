window.SITE_CONFIG = {
  apiBase: "/api",
  siteName: "松禾县人民政府",
  siteCode: "5294810001",
  nav: [{"name":"首页","path":"/"},{"name":"松禾要闻","path":"/list?id=12"},{"name":"通知公告","path":"/list?id=15"},{"name":"政务公开","path":"/zwgk"},{"name":"办事服务","href":"https://www.guizhou.gov.cn/zwfw/songhe/"},{"name":"互动交流","path":"/hdjl"}]
};
