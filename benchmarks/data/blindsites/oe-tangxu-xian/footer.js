/* 棠溆县人民政府门户网站 公共页脚 2021-04 */
(function () {
    var sitecode = "4513990001";
    var ga = "45139902000018";
    var s = "";
    s += '<p class="bs">网站标识码：' + sitecode + '&nbsp;&nbsp;&nbsp;&nbsp;';
    s += '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=' + ga + '" target="_blank">';
    s += '<img src="/images/ga.png" width="16" height="16" style="vertical-align:middle" /> 桂公网安备 ' + ga + '号</a></p>';
    s += '<div class="badges">';
    s += '<span id="_ideConac"></span>';
    s += '<script type="text/javascript" src="https://dcs.conac.cn/js/20/451/0000/60412873/CA204510000604128730001.js"><\/script>';
    s += '<span id="_span_jiucuo"></span>';
    s += '<script id="_jiucuo_" sitecode="' + sitecode + '" src="https://zfwzzc.www.gov.cn/check_web/jscss/jiucuo.js"><\/script>';
    s += '</div>';
    document.write(s);
})();
